import type { Member } from "../auth/index.ts";
import { OUTDATED_AFTER_DAYS } from "../taxonomy/exchange.ts";
import { publicAttachment } from "./checked-files.ts";
import type {
  CatalogEntry,
  StoredAttachment,
  StoredItem,
  StoredRevision,
} from "./exchange-item.entity.ts";
import { isInsider, itemActions } from "./item-policy.ts";
import type { Item, ItemFields, ItemSummary, ModerationEvent, Revision } from "./schemas.ts";

const DAY_MS = 86_400_000;

/** Neither updated nor reviewed for OUTDATED_AFTER_DAYS. */
export function isOutdated(item: Pick<StoredItem, "updatedAt" | "lastReviewedAt">, now: Date) {
  const latest = [item.updatedAt, item.lastReviewedAt ?? ""].sort().at(-1) ?? item.updatedAt;
  return now.getTime() - Date.parse(latest) > OUTDATED_AFTER_DAYS * DAY_MS;
}

/**
 * What a list shows of an item: always the published text. `insider` (its city,
 * administrators) also learns whether a revision is pending, never what it says.
 */
export function toSummary(item: CatalogEntry, now: Date, insider = false): ItemSummary {
  return {
    itemId: item.itemId,
    kind: item.kind,
    status: item.status,
    title: item.title,
    summary: item.summary,
    cityId: item.cityId,
    cityName: item.cityName,
    country: item.country,
    themes: item.themes as ItemSummary["themes"],
    targetGroups: item.targetGroups as ItemSummary["targetGroups"],
    stakeholders: item.stakeholders as ItemSummary["stakeholders"],
    languages: item.languages as ItemSummary["languages"],
    evidenceLevel: item.evidenceLevel,
    tags: item.tags,
    visibility: item.visibility,
    updatedAt: item.updatedAt,
    lastReviewedAt: item.lastReviewedAt ?? null,
    publishedAt: item.publishedAt ?? null,
    outdated: isOutdated(item, now),
    revisionStatus: insider ? (item.revision?.status ?? null) : null,
    fromFormerMember: item.cityStatus === "former",
  };
}

/**
 * The published item as `member` (null: signed out) may read it, with what they
 * may do. The pending revision goes only to the item's city and administrators.
 */
export function toItem(
  item: StoredItem,
  now: Date,
  options: { member: Member | null; moderation: ModerationEvent[] | null },
): Item {
  const insider = isInsider(options.member, item);
  const actions = itemActions(options.member, item);
  return {
    ...toSummary(item, now, insider),
    description: item.description,
    period: item.period as ItemFields["period"],
    outcomes: item.outcomes,
    contact: options.member ? (item.contact as ItemFields["contact"]) : null,
    links: item.links as ItemFields["links"],
    attachments: ((item.attachments ?? []) as StoredAttachment[]).map(publicAttachment),
    ownerId: item.ownerId,
    createdAt: item.createdAt,
    version: item.version,
    moderation: options.moderation,
    revision: insider && item.revision ? toRevision(item.revision) : null,
    actions: { ...actions, submit: actions.submit && cityMayPublish(item) },
  };
}

/** A suspended or former member's items go to review no more (decision 0034). */
const cityMayPublish = (item: StoredItem) => (item.cityStatus ?? "active") === "active";

function toRevision(revision: StoredRevision): Revision {
  return {
    status: revision.status,
    fields: revision.fields,
    attachments: revision.attachments.map(publicAttachment),
    byName: revision.byName,
    updatedAt: revision.updatedAt,
  };
}

/** The published content of `item`, as a revision's starting point. */
export function publishedFields(item: StoredItem): ItemFields {
  return {
    kind: item.kind,
    title: item.title,
    summary: item.summary,
    description: item.description,
    themes: item.themes as ItemFields["themes"],
    targetGroups: item.targetGroups as ItemFields["targetGroups"],
    stakeholders: item.stakeholders as ItemFields["stakeholders"],
    languages: item.languages as ItemFields["languages"],
    period: item.period as ItemFields["period"],
    evidenceLevel: item.evidenceLevel,
    outcomes: item.outcomes,
    contact: item.contact as ItemFields["contact"],
    links: item.links as ItemFields["links"],
    tags: item.tags,
    visibility: item.visibility,
  };
}

/** The published files as stored, with where their checked bytes are (checked-files.ts). */
export const publishedAttachments = (item: StoredItem): StoredAttachment[] =>
  (item.attachments ?? []) as StoredAttachment[];

/** What a new draft holds for the fields its author has not filled in yet. */
export const EMPTY_FIELDS: Omit<ItemFields, "kind" | "title"> = {
  summary: "",
  description: "",
  themes: [],
  targetGroups: [],
  stakeholders: [],
  languages: [],
  period: { start: null, end: null, ongoing: true },
  evidenceLevel: "none",
  outcomes: "",
  contact: { name: "", role: "", email: "" },
  links: [],
  tags: [],
  visibility: "public",
};
