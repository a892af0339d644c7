/** Member cities, as other features use them: the city queries. Its pages are reached by the router. */
export { cityQueries } from "./queries.ts";
