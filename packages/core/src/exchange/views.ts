import type { Member } from "../auth/index.ts";
import { OUTDATED_AFTER_DAYS } from "../taxonomy/exchange.ts";
import { publicAttachment } from "./checked-files.ts";
import type {
  CatalogEntry,
  StoredAttachment,
  StoredItem,
  StoredRevision,
  StoredTranslations,
} from "./exchange-item.entity.ts";
import { isInsider, itemActions } from "./item-policy.ts";
import {
  type Item,
  type ItemFields,
  type ItemSummary,
  type ModerationEvent,
  type Revision,
  TRANSLATION_LANGUAGES,
  type Translation,
} from "./schemas.ts";
import { type OriginalText, originalChangedSince } from "./translation-freshness.ts";

const DAY_MS = 86_400_000;

/** Neither updated nor reviewed for OUTDATED_AFTER_DAYS. */
export function isOutdated(item: Pick<StoredItem, "updatedAt" | "lastReviewedAt">, now: Date) {
  const latest = [item.updatedAt, item.lastReviewedAt ?? ""].sort().at(-1) ?? item.updatedAt;
  return now.getTime() - Date.parse(latest) > OUTDATED_AFTER_DAYS * DAY_MS;
}

/** The item's own language: the first of its languages (none yet on a fresh draft). */
export const originalLanguage = (item: Pick<CatalogEntry, "languages">) =>
  (item.languages[0] as ItemSummary["languages"][number] | undefined) ?? null;

/**
 * The published translation of `item` to show for `lang`: none when it has none into
 * it, or when `lang` is its own language (decision 0081).
 */
export function translationFor<Text>(
  item: { languages: string[]; translations?: Partial<Record<string, Text>> | undefined },
  lang: string | undefined,
): { from: ItemSummary["languages"][number]; text: Text } | null {
  const from = originalLanguage(item);
  if (!lang || !from || lang === from) return null;
  const text = item.translations?.[lang];
  return text ? { from, text } : null;
}

const translatedLanguages = (translations: CatalogEntry["translations"]) =>
  TRANSLATION_LANGUAGES.filter((language) => translations?.[language]);

/**
 * What a list shows of an item: always the published text, in `lang` when it has a
 * published translation into it. `insider` (its city, administrators) also learns
 * whether a revision is pending, never what it says.
 */
export function toSummary(
  item: CatalogEntry,
  now: Date,
  insider = false,
  lang?: string,
): ItemSummary {
  const translated = translationFor(item, lang);
  return {
    itemId: item.itemId,
    kind: item.kind,
    status: item.status,
    title: translated?.text.title ?? item.title,
    summary: translated?.text.summary ?? item.summary,
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
    translatedFrom: translated?.from ?? null,
    translatedInto: translatedLanguages(item.translations),
  };
}

/**
 * Translations as the API shows them, in the interface's order of languages, each
 * marked when `original` (the text they translate) changed since it was made.
 */
export function toTranslations(
  translations: StoredTranslations | undefined,
  original: OriginalText,
): Translation[] {
  return TRANSLATION_LANGUAGES.flatMap((language) => {
    const text = translations?.[language];
    if (!text) return [];
    const { madeFrom: _madeFrom, ...shown } = text;
    return [{ language, ...shown, originalChanged: originalChangedSince(text, original) }];
  });
}

/**
 * The published item as `member` (null: signed out) may read it, with what they
 * may do. The pending revision goes only to the item's city and administrators.
 */
export function toItem(
  item: StoredItem,
  now: Date,
  options: { member: Member | null; moderation: ModerationEvent[] | null; lang?: string },
): Item {
  const insider = isInsider(options.member, item);
  const actions = itemActions(options.member, item);
  const translated = translationFor(item, options.lang);
  return {
    ...toSummary(item, now, insider, options.lang),
    description: translated?.text.description ?? item.description,
    originalChangedSinceTranslation: translated
      ? originalChangedSince(translated.text, item)
      : false,
    period: item.period as ItemFields["period"],
    outcomes: item.outcomes,
    contact: options.member ? (item.contact as ItemFields["contact"]) : null,
    links: item.links as ItemFields["links"],
    attachments: ((item.attachments ?? []) as StoredAttachment[]).map(publicAttachment),
    translations: toTranslations(item.translations, item),
    ownerId: item.ownerId,
    createdAt: item.createdAt,
    version: item.version,
    moderation: options.moderation,
    revision: insider && item.revision ? toRevision(item.revision, item.translations) : null,
    actions: { ...actions, submit: actions.submit && cityMayPublish(item) },
  };
}

/** A suspended or former member's items go to review no more (decision 0034). */
const cityMayPublish = (item: StoredItem) => (item.cityStatus ?? "active") === "active";

function toRevision(revision: StoredRevision, published?: StoredTranslations): Revision {
  return {
    status: revision.status,
    fields: revision.fields,
    attachments: revision.attachments.map(publicAttachment),
    translations: toTranslations(revision.translations ?? published, revision.fields),
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
