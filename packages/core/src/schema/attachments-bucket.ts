/**
 * How the attachments bucket tells unconfirmed uploads from attachments: an
 * upload arrives with this tag, confirming removes it, and a lifecycle rule
 * (infra/ and stacks/) expires what still carries it after `expireAfterDays`.
 * Pure data: safe to import from infrastructure code.
 */
export const unconfirmedUpload = {
  tag: { key: "upload", value: "unconfirmed" },
  expireAfterDays: 1,
} as const;
