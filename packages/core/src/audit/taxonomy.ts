/** What an audit record can be about. */
export const AUDIT_OBJECTS = ["person"] as const;

/** What an administrator did. */
export const AUDIT_ACTIONS = [
  "roles-set",
  "city-set",
  "person-suspended",
  "person-reinstated",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export type AuditObject = (typeof AUDIT_OBJECTS)[number];
