import type { DataService } from "../data/service.ts";
import type { ChangeConsumer, TableChange } from "../stream/change.ts";
import { type CatalogStoreOptions, createCatalogStore } from "./catalog-store.ts";
import { ExchangeItemEntity, type StoredItem } from "./exchange-item.entity.ts";
import { searchEngine } from "./search-index.ts";
import { encodeSnapshot } from "./search-snapshot-format.ts";
import type { SnapshotObject } from "./search-snapshot-object.ts";

const ITEM_ENTITY = ExchangeItemEntity.schema.model.entity;

/**
 * Reads the whole catalogue from the table and writes the search snapshot
 * (after the demo data is seeded, or to repair a lost snapshot).
 */
export async function rebuildSearchSnapshot(
  data: DataService,
  object: SnapshotObject,
): Promise<{ items: number; bytes: number }> {
  const store = createCatalogStore(data, { engine: searchEngine });
  await store.refresh();
  const body = encodeSnapshot(store.snapshot());
  await object.write(body);
  return { items: store.snapshot().items.length, bytes: body.byteLength };
}

/**
 * Keeps the search snapshot current from the table's stream (decision 0026).
 * The first batch loads the snapshot, or reads the whole catalogue when there is
 * none; each exchange item change is applied to the in-memory catalogue and
 * index (a replayed or older image changes nothing: items carry a version);
 * `flush` reads the catalogue's delta, which moves the watermark as a cold
 * store will read it, and writes the snapshot once if anything changed.
 */
export function searchSnapshotConsumer(
  data: DataService,
  object: SnapshotObject,
  options: Pick<CatalogStoreOptions, "warn"> = {},
): ChangeConsumer {
  const store = createCatalogStore(data, { ...options, snapshot: object, engine: searchEngine });
  let started: Promise<void> | null = null;
  const start = () => {
    started ??= store.refresh();
    return started.catch((error) => {
      started = null;
      throw error;
    });
  };
  const parse = (image: TableChange["newImage"]): StoredItem | null =>
    image ? (data.entities.exchangeItem.parse({ Item: { ...image } }).data ?? null) : null;

  return {
    name: "search-snapshot",
    wants: (change) => change.entity === ITEM_ENTITY,
    async handle(change) {
      await start();
      if (change.kind === "remove") {
        const old = parse(change.oldImage);
        if (old) store.remove(old.itemId, old.version);
        return;
      }
      const item = parse(change.newImage);
      if (item) store.put(item);
    },
    async flush() {
      await start();
      await store.refresh();
      const generation = store.generation();
      if (generation === store.savedGeneration()) return;
      await object.write(encodeSnapshot(store.snapshot()));
      store.markSaved(generation);
    },
  };
}
