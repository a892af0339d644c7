import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import type { StoredItem, StoredTranslations } from "./exchange-item.entity.ts";
import { itemAccess, saveItem } from "./item-access.ts";
import { editableTranslations, translationChanges } from "./revisions.ts";
import type { Item, TranslationFields } from "./schemas.ts";
import { fingerprintOf, type OriginalText } from "./translation-freshness.ts";
import { originalLanguage, toItem } from "./views.ts";

/**
 * Beyond this an item with its translations and pending revision nears DynamoDB's
 * 400 KB item limit; a translation that would pass it is refused (409), not failed (500).
 */
const MAX_ITEM_BYTES = 350_000;

function assertTranslatable(item: StoredItem, language: string): void {
  const original = originalLanguage(item);
  const problem = !original
    ? "Name the language the item is written in (the first of its languages) before translating it"
    : original === language
      ? "This is the item's own language: edit the item instead"
      : null;
  if (problem) {
    throw new VisibleError("input", "invalid-translation-language", problem, [
      { field: "language", message: problem },
    ]);
  }
}

function assertFits(item: StoredItem, changes: Partial<StoredItem>): void {
  if (Buffer.byteLength(JSON.stringify({ ...item, ...changes })) > MAX_ITEM_BYTES) {
    throw new VisibleError(
      "conflict",
      "item-too-large",
      "The item and its translations are too long to store together: shorten a description.",
    );
  }
}

const translationNotFound = () =>
  new VisibleError(
    "not-found",
    "translation-not-found",
    "The item has no translation into this language.",
  );

/**
 * Translations of an item's title, summary and description into the interface
 * languages (decision 0081): its city's contributors and administrators add,
 * change and remove them, at the item's version (a stale one is 412).
 */
export function translationUseCases(data: DataService, now: () => Date) {
  const access = itemAccess(data, now);

  async function write(
    itemId: string,
    expectedVersion: number,
    change: (
      item: StoredItem,
    ) => (translations: StoredTranslations, original: OriginalText) => StoredTranslations,
  ): Promise<Item> {
    const { member, item } = await access.loadFor("translate", itemId, expectedVersion);
    const at = now().toISOString();
    const changes = translationChanges(item, member, change(item), at);
    assertFits(item, changes);
    const saved = await saveItem(data, item, changes, at);
    return toItem(saved, now(), { member, moderation: null });
  }

  return {
    /**
     * Adds the translation into `language`, or replaces it; it is made from the
     * original's text as it now reads, so an out-of-date mark (decision 0093) clears.
     */
    put(itemId: string, language: string, fields: TranslationFields, expectedVersion: number) {
      return write(itemId, expectedVersion, (item) => {
        assertTranslatable(item, language);
        const updatedAt = now().toISOString();
        return (translations, original) => ({
          ...translations,
          [language]: { ...fields, updatedAt, madeFrom: fingerprintOf(original) },
        });
      });
    },

    /** Removes the translation into `language`; 404 when there is none. */
    remove(itemId: string, language: string, expectedVersion: number) {
      return write(itemId, expectedVersion, (item) => {
        if (!editableTranslations(item)[language]) throw translationNotFound();
        return (translations) => {
          const { [language]: _removed, ...rest } = translations;
          return rest;
        };
      });
    },
  };
}
