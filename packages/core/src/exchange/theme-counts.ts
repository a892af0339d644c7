import type { Theme } from "../taxonomy/exchange.ts";
import type { CatalogStore } from "./catalog-store.ts";

/** Per city, how many of its published items carry each theme. */
export type ThemeCountsByCity = ReadonlyMap<string, Readonly<Partial<Record<Theme, number>>>>;

const cached = new WeakMap<
  CatalogStore,
  { generation: number; counts: Record<"members" | "public", ThemeCountsByCity> }
>();

function count(store: CatalogStore, signedIn: boolean): ThemeCountsByCity {
  const counts = new Map<string, Partial<Record<Theme, number>>>();
  for (const item of store.items()) {
    if (item.status !== "published") continue;
    if (item.visibility === "members" && !signedIn) continue;
    const city = counts.get(item.cityId) ?? {};
    for (const theme of item.themes as Theme[]) city[theme] = (city[theme] ?? 0) + 1;
    counts.set(item.cityId, city);
  }
  return counts;
}

/**
 * The themes of every city's published items, counted from the in-process
 * catalogue (no read of the table beyond the catalogue's own refresh), the
 * members-only items only for a signed-in caller. Counted once per change of the
 * catalogue (its `generation`), so repeated calls cost a map lookup.
 */
export function publishedThemeCounts(store: CatalogStore, signedIn: boolean): ThemeCountsByCity {
  const generation = store.generation?.();
  let entry = cached.get(store);
  if (generation === undefined || entry?.generation !== generation) {
    entry = {
      generation: generation ?? -1,
      counts: { members: count(store, true), public: count(store, false) },
    };
    if (generation !== undefined) cached.set(store, entry);
  }
  return entry.counts[signedIn ? "members" : "public"];
}
