/**
 * The exchange's taxonomies, in the words of practitioners and of the 2015
 * Aarhus declaration. Values are stable identifiers; the web app translates them.
 */

/** What is shared: a programme or practice, a case with its lessons, or material. */
export const ITEM_KINDS = ["initiative", "experience", "resource"] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const THEMES = [
  "local-prevention-strategy",
  "multi-agency-cooperation",
  "youth-work",
  "education",
  "family-support",
  "online-radicalisation-and-hate",
  "polarisation",
  "prisons-and-probation",
  "exit-and-reintegration",
  "mental-health",
  "community-engagement",
  "communication-and-counter-narratives",
  "victims-support",
] as const;
export type Theme = (typeof THEMES)[number];

export const TARGET_GROUPS = [
  "young-people",
  "families",
  "first-line-practitioners",
  "teachers",
  "local-elected-representatives",
  "community-and-faith-leaders",
  "people-at-risk",
  "former-extremists",
  "general-public",
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** The stakeholders an integrated local approach involves, as the declaration names them. */
export const STAKEHOLDERS = [
  "civil-society",
  "faith-based-organisations",
  "social-services",
  "education",
  "security",
  "justice",
] as const;
export type Stakeholder = (typeof STAKEHOLDERS)[number];

export const EVIDENCE_LEVELS = ["none", "self-assessed", "externally-evaluated"] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** public: anyone, signed out too; members: signed-in members only. */
export const VISIBILITIES = ["public", "members"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/**
 * draft → submitted → published, or submitted → changes-requested → submitted …;
 * any state → archived. Only published items are found by search.
 */
export const ITEM_STATUSES = [
  "draft",
  "submitted",
  "changes-requested",
  "published",
  "archived",
] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/**
 * A pending revision of a published item: the city's proposed text, kept beside
 * the published one until an administrator approves it (decision 0013).
 * draft → submitted → changes-requested → submitted …; approval publishes it,
 * withdrawal discards it.
 */
export const REVISION_STATUSES = ["draft", "submitted", "changes-requested"] as const;
export type RevisionStatus = (typeof REVISION_STATUSES)[number];

/** The steps the moderation log records, for new items and for revisions of published ones. */
export const MODERATION_ACTIONS = [
  "submitted",
  "approved",
  "changes-requested",
  "archived",
  "revision-submitted",
  "revision-approved",
  "revision-changes-requested",
  "revision-withdrawn",
] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

export const REVIEW_DECISIONS = ["approve", "request-changes"] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** Items not updated or reviewed for this long are marked as possibly outdated. */
export const OUTDATED_AFTER_DAYS = 730;
