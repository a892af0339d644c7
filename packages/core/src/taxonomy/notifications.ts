/*
 * What a person can be notified of: the values its items store. Plain lists, without
 * zod: the domain's ElectroDB entities, which a cold start loads with the data service,
 * read them without building its schemas (decision 0112). `notifications/schemas.ts` re-
 * exports them.
 */

/**
 * What a person can be told, one kind per preference (decision 0062). The domain
 * events each comes from are in from-changes.ts; the scheduled kinds' jobs are in
 * ./scheduled (decision 0078); a course's new version and a saved search's new match
 * come from their own stream consumers (decision 0079).
 */
export const NOTIFICATION_KINDS = [
  "item-approved",
  "item-sent-back",
  "event-changed",
  "event-cancelled",
  "event-promoted",
  "application-decided",
  "request-message",
  "discussion-answer",
  "event-reminder",
  "course-inactive",
  "item-review-due",
  "course-updated",
  "saved-search-match",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
