/** Prefixes of the platform's identifiers: `<prefix>_<ULID>`. */
export const ID_PREFIXES = {
  user: "usr",
  city: "cty",
  exchangeItem: "xch",
  attachment: "att",
  course: "crs",
  courseModule: "mod",
  lesson: "les",
  membershipApplication: "apl",
  discussionQuestion: "qst",
  discussionAnswer: "ans",
  exchangeRequest: "xrq",
  requestMessage: "msg",
  auditRecord: "aud",
  event: "evt",
  signalObservation: "obs",
  notification: "ntf",
  savedSearch: "svs",
} as const;

export type IdPrefix = (typeof ID_PREFIXES)[keyof typeof ID_PREFIXES];

/** Crockford base32 ULID, 26 characters. */
export const ULID_PATTERN = "[0-9A-HJKMNP-TV-Z]{26}";

export function idPattern(prefix: IdPrefix): RegExp {
  return new RegExp(`^${prefix}_${ULID_PATTERN}$`);
}
