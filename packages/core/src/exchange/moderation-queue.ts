import { currentMember, isAdmin } from "../auth/index.ts";
import type { Page } from "../data/pagination.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import type { CatalogStore } from "./catalog-store.ts";
import { decodeCursor, encodeCursor } from "./cursor.ts";
import type { ItemSummary } from "./schemas.ts";
import { toSummary } from "./views.ts";

/**
 * What waits for review, oldest first, for administrators: new items submitted,
 * and revisions of published items submitted (their `revisionStatus` says so).
 */
export async function moderationQueue(
  data: DataService,
  store: CatalogStore,
  options: { cursor?: string; limit?: number },
  now: Date,
): Promise<Page<ItemSummary>> {
  if (!isAdmin(await currentMember(data))) {
    throw new VisibleError("forbidden", "role-required", "Only administrators review items.");
  }
  await store.refresh();
  const waiting = [...store.items()]
    .filter((item) => item.status === "submitted" || item.revision?.status === "submitted")
    .map((item) => ({ item, key: `${item.changedAt}|${item.itemId}` }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const after = options.cursor ? decodeCursor(options.cursor, "queue") : null;
  const rest = after === null ? waiting : waiting.filter((entry) => entry.key > after);
  const limit = options.limit ?? 25;
  const page = rest.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((entry) => toSummary(entry.item, now, true)),
    cursor: last && rest.length > limit ? encodeCursor("queue", last.key) : null,
  };
}
