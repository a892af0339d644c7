import { currentMember, requireUser } from "../auth/index.ts";
import { isConditionalCheckFailed } from "../data/errors.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import type { CatalogStore } from "./catalog-store.ts";
import { ITEM_RULES } from "./item-policy.ts";
import type { ItemSummary } from "./schemas.ts";
import { toSummary } from "./views.ts";

/** A member keeps at most this many saved items (one Query lists them all). */
export const MAX_BOOKMARKS = 500;

/** Members save published items and find them again under "Saved". */
export function bookmarkUseCases(data: DataService, store: CatalogStore, now: () => Date) {
  const bookmarks = data.entities.bookmark;
  return {
    /**
     * Idempotent: saving a saved item changes nothing. Through the profile, so a
     * deleted account's token cannot write personal data again.
     */
    async save(itemId: string): Promise<void> {
      const { actor } = await currentMember(data);
      const item = await data.entities.exchangeItem.get({ itemId }).go();
      if (!item.data || !ITEM_RULES.bookmark.when(item.data)) {
        throw new VisibleError("not-found", "item-not-found", "No published item has this id.");
      }
      try {
        await bookmarks
          .create({ subject: actor.subject, itemId, createdAt: now().toISOString() })
          .go();
      } catch (error) {
        if (!isConditionalCheckFailed(error)) throw error;
      }
    },

    /** Idempotent: removing an unsaved item changes nothing. */
    async remove(itemId: string): Promise<void> {
      const actor = requireUser();
      await bookmarks.delete({ subject: actor.subject, itemId }).go();
    },

    /** Saved items still published, most recently saved first. */
    async list(): Promise<ItemSummary[]> {
      const actor = requireUser();
      const [saved] = await Promise.all([
        bookmarks.query
          .bySubject({ subject: actor.subject })
          .go({ pages: "all", limit: MAX_BOOKMARKS }),
        store.refresh(),
      ]);
      const published = new Map(
        [...store.items()]
          .filter((item) => item.status === "published")
          .map((item) => [item.itemId, item]),
      );
      const at = now();
      return saved.data
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        .flatMap((bookmark) => {
          const item = published.get(bookmark.itemId);
          return item ? [toSummary(item, at)] : [];
        });
    },
  };
}
