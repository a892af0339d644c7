/** What an audit record can be about: a person, or what an administrator decides on. */
export const AUDIT_OBJECTS = [
  "person",
  "membership-application",
  "city",
  "exchange-item",
  "discussion-post",
  "request-message",
] as const;

/**
 * What an administrator did, each about one kind of object (AUDIT_ACTION_OBJECTS): the
 * changes to people (decision 0048) and the membership and moderation decisions
 * (decision 0050).
 */
export const AUDIT_ACTION_OBJECTS = {
  "roles-set": "person",
  "city-set": "person",
  "person-suspended": "person",
  "person-reinstated": "person",
  "application-approved": "membership-application",
  "application-declined": "membership-application",
  "application-information-requested": "membership-application",
  "city-suspended": "city",
  "city-reinstated": "city",
  "city-left": "city",
  "item-approved": "exchange-item",
  "item-changes-requested": "exchange-item",
  "item-revision-approved": "exchange-item",
  "item-revision-changes-requested": "exchange-item",
  "item-archived": "exchange-item",
  "post-hidden": "discussion-post",
  "post-restored": "discussion-post",
  "post-kept": "discussion-post",
  "message-hidden": "request-message",
  "message-restored": "request-message",
} as const satisfies Record<string, (typeof AUDIT_OBJECTS)[number]>;

export type AuditAction = keyof typeof AUDIT_ACTION_OBJECTS;
export type AuditObject = (typeof AUDIT_OBJECTS)[number];

/** Every action, in the order the console offers them. */
export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_OBJECTS) as [AuditAction, ...AuditAction[]];
