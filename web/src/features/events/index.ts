/**
 * Events (decisions 0053–0056, 0059): the catalogue, an event with its registration,
 * the organisers' screens, "My events" with the private calendar feed. The router
 * reaches the pages by path; other features need nothing from here yet.
 */
export { eventKeys } from "./queries.ts";
