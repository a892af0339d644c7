/** Member cities, as other features use them: the city queries. Its pages are reached by the router. */
export { cityQueries } from "./queries.ts";
/** The member map's pre-projected Europe (decision 0034), in a chunk of its own. */
export const loadEuropeMap = () => import("./europe-map.json").then((module) => module.default);
