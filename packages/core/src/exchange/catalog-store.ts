import type { DataService } from "../data/service.ts";
import { type CatalogEntry, catalogEntry } from "./exchange-item.entity.ts";
import type { SearchIndex } from "./search-index.ts";
import { decodeSnapshot, type Snapshot } from "./search-snapshot-format.ts";
import type { SnapshotObject } from "./search-snapshot-object.ts";

/**
 * Every exchange item, held in the process and kept current from the table's
 * `catalog` index (gsi2, sorted by `changedAt`), with the full-text index of
 * the published ones. The first use loads the search snapshot from S3 (one
 * GetObject) and reads what changed since it was written; without a usable
 * snapshot it reads the whole index. Every later use reads only what changed
 * since (usually nothing: one Query). See docs/decisions/0007-exchange-search.md
 * and 0026-search-library-and-snapshot.md. The full-text index is kept only when the
 * store is given a search engine (`@alliance/core/exchange-search`): the API function's
 * store holds the items alone, for bookmarks, the moderation queue and theme counts, and
 * its bundle no search engine (decision 0096).
 */
export interface CatalogStore {
  /** Brings the store up to date with every write that finished before this call. */
  refresh(): Promise<void>;
  items(): Iterable<CatalogEntry>;
  /** The full-text index of the published items; without it, search indexes `items()` itself. */
  index?(): SearchIndex;
  /** Grows on every change of `items()`, so search may keep what it derived from them. */
  generation?(): number;
}

/** The store as the snapshot consumer uses it: changes from the stream, and the snapshot. */
export interface LiveCatalogStore extends CatalogStore {
  index(): SearchIndex;
  generation(): number;
  /** Applies an item's image unless the store has a newer one; true when it changed. */
  put(item: CatalogEntry): boolean;
  /** Forgets an item deleted at `version` (unless a newer write brought it back). */
  remove(itemId: string, version: number): boolean;
  snapshot(): Snapshot;
  /** The generation the stored snapshot holds: restored from it, or written by the caller. */
  savedGeneration(): number | null;
  markSaved(generation: number): void;
  /** Where the first sync started from: the snapshot, or the whole table (null before it). */
  loadedFrom(): "snapshot" | "table" | null;
}

/**
 * Builds and restores full-text indexes: MiniSearch with its stemmers and stop words
 * (search-index.ts), handed in by the functions that search, never imported here.
 */
export interface SearchEngine {
  create(): SearchIndex;
  load(json: Snapshot["index"]): SearchIndex;
}

/** Index entries can become visible slightly out of order; look back this far. */
export const LOOKBACK_MS = 5_000;

export interface CatalogStoreOptions {
  /** Where the search snapshot is; without it, the first use reads the whole index. */
  snapshot?: SnapshotObject;
  /** Told when the snapshot cannot be used; by default a JSON line on stderr. */
  warn?: (message: string, detail: Record<string, unknown>) => void;
}

const warnOnStderr = (message: string, detail: Record<string, unknown>) =>
  console.warn(JSON.stringify({ level: "WARN", message, ...detail }));

/** With a search engine: the items and their full-text index, as search and the snapshot need. */
export function createCatalogStore(
  data: DataService,
  options: CatalogStoreOptions & { engine: SearchEngine },
): LiveCatalogStore;
/** Without one: the items alone (a snapshot's index is skipped). */
export function createCatalogStore(
  data: DataService,
  options?: CatalogStoreOptions & { engine?: undefined },
): CatalogStore & { generation(): number };
export function createCatalogStore(
  data: DataService,
  options: CatalogStoreOptions & { engine?: SearchEngine } = {},
): LiveCatalogStore | (CatalogStore & { generation(): number }) {
  const { engine } = options;
  let entries = new Map<string, CatalogEntry>();
  /** Deleted items' last versions: a lagging index entry must not bring one back. */
  const removed = new Map<string, number>();
  let index = engine?.create() ?? null;
  let syncedUntil: string | null = null;
  let generation = 0;
  let saved: number | null = null;
  let loadedFrom: "snapshot" | "table" | null = null;
  let running: Promise<void> | null = null;
  let queued: Promise<void> | null = null;
  const warn = options.warn ?? warnOnStderr;

  function put(item: CatalogEntry): boolean {
    const known = entries.get(item.itemId);
    const newer =
      !known ||
      item.version > known.version ||
      (item.version === known.version && item.changedAt > known.changedAt);
    if (!newer || (removed.get(item.itemId) ?? -1) >= item.version) return false;
    const entry = catalogEntry(item);
    entries.set(item.itemId, entry);
    index?.put(entry);
    generation += 1;
    return true;
  }

  function remove(itemId: string, version: number): boolean {
    const known = entries.get(itemId);
    if (!known || known.version > version) return false;
    removed.set(itemId, version);
    entries.delete(itemId);
    index?.remove(itemId);
    generation += 1;
    return true;
  }

  /** Restores the snapshot; false (and a warning) when there is none or it cannot be read. */
  async function restore(source: SnapshotObject): Promise<boolean> {
    try {
      const body = await source.read();
      if (!body) {
        warn("No search snapshot: reading the whole catalogue", {});
        return false;
      }
      const snapshot = decodeSnapshot(body);
      const restored = engine?.load(snapshot.index) ?? null;
      entries = new Map(snapshot.items.map((item) => [item.itemId, item]));
      index = restored;
      syncedUntil = snapshot.syncedUntil;
      generation += 1;
      saved = generation;
      return true;
    } catch (error) {
      // A function allowed to read only the snapshot's key, not to list the bucket (the
      // stream function), is told "access denied" for a key that does not exist yet.
      const denied = error instanceof Error && error.name === "AccessDenied";
      warn(
        denied
          ? "Search snapshot not readable (not written yet, or not permitted): reading the whole catalogue"
          : "Search snapshot unusable: reading the whole catalogue",
        { error: error instanceof Error ? error.message : String(error) },
      );
      return false;
    }
  }

  async function sync(): Promise<void> {
    if (!loadedFrom) {
      const restored = options.snapshot ? await restore(options.snapshot) : false;
      loadedFrom = restored ? "snapshot" : "table";
    }
    const query = data.entities.exchangeItem.query.catalog({});
    const since = syncedUntil
      ? new Date(Date.parse(syncedUntil) - LOOKBACK_MS).toISOString()
      : undefined;
    const result = await (since ? query.gt({ changedAt: since }) : query).go({ pages: "all" });
    for (const item of result.data) {
      put(item);
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
    // Whether it succeeded or not: its failure is its own caller's (a preload's),
    // and the next sync starts afresh from where the store is.
    queued ??= running
      .catch(() => {})
      .then(() => {
        queued = null;
        return refresh();
      });
    return queued;
  }

  const store = { refresh, items: () => entries.values(), generation: () => generation };
  if (!engine) return store;
  // Read at each call: restoring a snapshot replaces the index.
  const searchable = (): SearchIndex => {
    if (!index) throw new Error("The catalogue store lost its search index");
    return index;
  };
  return {
    ...store,
    index: searchable,
    put,
    remove,
    snapshot: () => ({ syncedUntil, items: [...entries.values()], index: searchable().toJSON() }),
    loadedFrom: () => loadedFrom,
    savedGeneration: () => saved,
    markSaved: (at) => {
      saved = at;
    },
  };
}
