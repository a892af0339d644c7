import type { DataService } from "../data/service.ts";
import type { StoredItem } from "./exchange-item.entity.ts";

/**
 * Every exchange item, held in the process and kept current from the table's
 * `catalog` index (gsi2, sorted by `changedAt`). The first use reads the whole
 * index; every later use reads only what changed since (usually nothing: one
 * Query). See docs/decisions/0007-exchange-search.md for why and the limits.
 */
export interface CatalogStore {
  /** Brings the store up to date with every write that finished before this call. */
  refresh(): Promise<void>;
  items(): Iterable<StoredItem>;
}

/** Index entries can become visible slightly out of order; look back this far. */
const LOOKBACK_MS = 5_000;

export function createCatalogStore(data: DataService): CatalogStore {
  const entries = new Map<string, StoredItem>();
  let syncedUntil: string | null = null;
  let running: Promise<void> | null = null;
  let queued: Promise<void> | null = null;

  async function sync(): Promise<void> {
    const index = data.entities.exchangeItem.query.catalog({});
    const since = syncedUntil
      ? new Date(Date.parse(syncedUntil) - LOOKBACK_MS).toISOString()
      : undefined;
    const result = await (since ? index.gt({ changedAt: since }) : index).go({ pages: "all" });
    for (const item of result.data) {
      const known = entries.get(item.itemId);
      if (!known || known.version <= item.version) entries.set(item.itemId, item);
      if (!syncedUntil || item.changedAt > syncedUntil) syncedUntil = item.changedAt;
    }
  }

  function refresh(): Promise<void> {
    if (!running) {
      running = sync().finally(() => {
        running = null;
      });
      return running;
    }
    // A sync is under way but may have started before our caller's last write:
    // wait for it, then run one more, shared by everyone who arrived meanwhile.
    queued ??= running.then(() => {
      queued = null;
      return refresh();
    });
    return queued;
  }

  return { refresh, items: () => entries.values() };
}
