/** A JSON body of `schema`, as a route's request or response content. */
export const json = <T>(schema: T) => ({ "application/json": { schema } });
