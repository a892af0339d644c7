import type { DataService } from "../data/service.ts";
import type { AttachmentStore } from "./attachment-store.ts";
import { bookmarkUseCases } from "./bookmarks.ts";
import { createCatalogStore } from "./catalog-store.ts";
import { itemUseCases } from "./items.ts";
import { moderationQueue } from "./moderation-queue.ts";
import type { SearchQuery } from "./schemas.ts";
import { searchCatalog } from "./search.ts";

/** The exchange: items and their workflow, search, moderation queue, bookmarks. */
export function exchangeUseCases(
  data: DataService,
  options: { files: AttachmentStore; now?: () => Date },
) {
  const now = options.now ?? (() => new Date());
  const store = createCatalogStore(data);
  return {
    items: itemUseCases(data, options.files, now),
    bookmarks: bookmarkUseCases(data, store, now),
    async search(query: SearchQuery) {
      await store.refresh();
      return searchCatalog(store, query, now());
    },
    moderationQueue: (options: { cursor?: string; limit?: number }) =>
      moderationQueue(data, store, options, now()),
  };
}
