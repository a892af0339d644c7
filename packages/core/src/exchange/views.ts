import type { EntityItem } from "electrodb";
import type { ExchangeItemEntity } from "../data/entities/exchange-item.ts";
import { OUTDATED_AFTER_DAYS } from "../taxonomy/exchange.ts";
import { publicAttachment, type StoredAttachment } from "./checked-files.ts";
import type { Item, ItemFields, ItemSummary, ModerationEvent } from "./schemas.ts";

export type StoredItem = EntityItem<typeof ExchangeItemEntity>;

const DAY_MS = 86_400_000;

/** Neither updated nor reviewed for OUTDATED_AFTER_DAYS. */
export function isOutdated(item: Pick<StoredItem, "updatedAt" | "lastReviewedAt">, now: Date) {
  const latest = [item.updatedAt, item.lastReviewedAt ?? ""].sort().at(-1) ?? item.updatedAt;
  return now.getTime() - Date.parse(latest) > OUTDATED_AFTER_DAYS * DAY_MS;
}

export function toSummary(item: StoredItem, now: Date): ItemSummary {
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
  };
}

export function toItem(
  item: StoredItem,
  now: Date,
  options: { showContact: boolean; moderation: ModerationEvent[] | null },
): Item {
  return {
    ...toSummary(item, now),
    description: item.description,
    period: item.period as ItemFields["period"],
    outcomes: item.outcomes,
    contact: options.showContact ? (item.contact as ItemFields["contact"]) : null,
    links: item.links as ItemFields["links"],
    attachments: ((item.attachments ?? []) as StoredAttachment[]).map(publicAttachment),
    ownerId: item.ownerId,
    createdAt: item.createdAt,
    version: item.version,
    moderation: options.moderation,
  };
}

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
