/**
 * Attributes every editable item carries. `version` starts at 1 and grows by one
 * on each write; updates are conditional on it (If-Match), so a stale edit fails.
 */
export const timestamps = {
  createdAt: { type: "string", required: true, readOnly: true },
  updatedAt: { type: "string", required: true },
  version: { type: "number", required: true },
} as const;
