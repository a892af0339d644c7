/**
 * Discussions of published exchange items and courses: the section the item
 * page and the course page show. The administrators' queue of reported posts
 * is reached by the router.
 */
export { Discussion } from "./discussion.tsx";
export { prefetchDiscussion } from "./queries.ts";
