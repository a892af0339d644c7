/** A JSON body of `schema`, as a route's request or response content. */
export const json = <T>(schema: T) => ({ "application/json": { schema } });

/** A required JSON request body of `schema`. */
export const jsonBody = <T>(schema: T) => ({ required: true, content: json(schema) });
