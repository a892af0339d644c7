import type { DataService } from "../data/service.ts";
import type { AttachmentStore } from "./attachment-store.ts";
import { bookmarkUseCases } from "./bookmarks.ts";
import { type CatalogStore, createCatalogStore, type SearchEngine } from "./catalog-store.ts";
import type { CatalogEntry } from "./exchange-item.entity.ts";
import { itemUseCases } from "./items.ts";
import { moderationQueue } from "./moderation-queue.ts";
import { savedSearchUseCases } from "./saved-searches.ts";
import type { SearchPage, SearchQuery } from "./schemas.ts";
import type { SnapshotObject } from "./search-snapshot-object.ts";
import { publishedThemeCounts } from "./theme-counts.ts";
import { translationUseCases } from "./translations.ts";

export { contentDisposition } from "./attachment-access.ts";
// Types only here: the S3 client comes with createAttachmentStore and s3SnapshotObject,
// which core's index exports, and not with the exchange's use cases (decision 0109).
export type { AttachmentStore } from "./attachment-store.ts";
export { attachmentUseCases } from "./attachments.ts";
export {
  type CatalogStore,
  createCatalogStore,
  type LiveCatalogStore,
  type SearchEngine,
} from "./catalog-store.ts";
export { publicAttachment, servedKeyOf } from "./checked-files.ts";
export { cityStatusMarksConsumer } from "./city-status-marks.ts";
export { decodeCursor, encodeCursor } from "./cursor.ts";
export {
  type CatalogEntry,
  catalogEntry,
  type StoredAttachment,
  type StoredItem,
} from "./exchange-item.entity.ts";
export type { StoredSavedSearch } from "./saved-search.entity.ts";
export * from "./saved-search-schemas.ts";
export * from "./schemas.ts";
export type { SnapshotObject } from "./search-snapshot-object.ts";
export type { ThemeCountsByCity } from "./theme-counts.ts";
export { fingerprintOf } from "./translation-freshness.ts";
/** The checked upload pipeline, which course documents use as attachments do. */
export { DOWNLOAD_URL_SECONDS, type Listed, uploadPipeline } from "./upload-pipeline.ts";

export { normalise, wordsOf } from "./words.ts";

/**
 * Exchange search as `@alliance/core/exchange-search` exports it (`exchangeSearch`): the
 * engine the catalogue store keeps its full-text index with, and the search over it.
 */
export interface ExchangeSearch extends SearchEngine {
  search(store: CatalogStore, query: SearchQuery, now: Date): SearchPage;
}

/** The matcher saved searches' notifications use (`matchesSearch` of exchange-search). */
export type SavedSearchMatcher = (
  item: CatalogEntry,
  criteria: Omit<SearchQuery, "cursor" | "limit">,
) => boolean;

/**
 * The exchange: items and their workflow, search, moderation queue, bookmarks. Search
 * needs `search` (decision 0096); without it the catalogue holds items alone and
 * `search` throws: the API function, to which API Gateway never sends a search.
 */
export function exchangeUseCases(
  data: DataService,
  options: {
    files: AttachmentStore;
    now?: () => Date;
    snapshot?: SnapshotObject;
    search?: ExchangeSearch | undefined;
  },
) {
  const now = options.now ?? (() => new Date());
  const engine = options.search;
  const store = engine
    ? createCatalogStore(data, { snapshot: options.snapshot, engine })
    : createCatalogStore(data, { snapshot: options.snapshot });
  return {
    items: itemUseCases(data, options.files, now),
    translations: translationUseCases(data, now),
    bookmarks: bookmarkUseCases(data, store, now),
    savedSearches: savedSearchUseCases(data, now),
    async search(query: SearchQuery): Promise<SearchPage> {
      if (!engine) {
        throw new Error(
          "No exchange search here: GET /api/exchange/items is the search function's (decision 0096)",
        );
      }
      await store.refresh();
      return engine.search(store, query, now());
    },
    /**
     * Starts loading the catalogue (the snapshot, then what changed since it) before
     * any search asks: the search function calls it while Lambda initialises. A search
     * that arrives meanwhile waits for that load, then reads what changed since; if
     * the load fails, the search loads on its own, as without it.
     */
    preloadSearch: (): Promise<void> => store.refresh(),
    /** Per city, the themes of its published items, counted (what "cities like mine" reads). */
    async publishedThemes(signedIn: boolean) {
      await store.refresh();
      return publishedThemeCounts(store, signedIn);
    },
    moderationQueue: (options: { cursor?: string; limit?: number }) =>
      moderationQueue(data, store, options, now()),
  };
}
