/*
 * Discussions' authors, posts and logged steps: the values its items store. Plain lists,
 * without zod: the domain's ElectroDB entities, which a cold start loads with the data
 * service, read them without building its schemas (decision 0112).
 * `discussions/schemas.ts` re-exports them.
 */

/** A mark beside an author's name: the item's city, or a trainer of the course. */
export const AUTHOR_ROLES = ["city", "trainer"] as const;
export type AuthorRole = (typeof AUTHOR_ROLES)[number];

export const POST_STATES = ["visible", "hidden"] as const;
export type PostState = (typeof POST_STATES)[number];

/** What the log records: discussions' domain events (decision 0036). */
export const DISCUSSION_ACTIONS = [
  "asked",
  "answered",
  "edited",
  "accepted",
  "unaccepted",
  "reported",
  "hidden",
  "restored",
  "kept",
] as const;
export type DiscussionAction = (typeof DISCUSSION_ACTIONS)[number];
