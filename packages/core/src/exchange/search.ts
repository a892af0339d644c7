import { useActor } from "../auth/index.ts";
import type { CatalogStore } from "./catalog-store.ts";
import { decodeCursor, encodeCursor } from "./cursor.ts";
import type { CatalogEntry } from "./exchange-item.entity.ts";
import {
  FACET_NAMES,
  type FacetName,
  type ItemSummary,
  type SearchPage,
  type SearchQuery,
} from "./schemas.ts";
import { createSearchIndex } from "./search-index.ts";
import { toSummary } from "./views.ts";
import { wordsOf } from "./words.ts";

const FACET_VALUES: Record<FacetName, (item: CatalogEntry) => readonly string[]> = {
  kind: (item) => [item.kind],
  theme: (item) => item.themes,
  targetGroup: (item) => item.targetGroups,
  stakeholder: (item) => item.stakeholders,
  country: (item) => [item.country],
  // Its own languages and those it is translated into (decision 0081).
  language: (item) =>
    item.translations
      ? [...new Set([...item.languages, ...Object.keys(item.translations)])]
      : item.languages,
  evidence: (item) => [item.evidenceLevel],
};

type Keyed = { item: CatalogEntry; key: string };
type DateSort = "newest" | "updated";

function dateKey(item: CatalogEntry, sort: DateSort): string {
  return `${sort === "updated" ? item.updatedAt : (item.publishedAt ?? item.createdAt)}|${item.itemId}`;
}

const byKeyDescending = (a: Keyed, b: Keyed) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0);

/**
 * The published items in one date order, computed once per change of the store
 * (its `generation`), so a warm search never sorts the whole catalogue.
 */
const orders = new WeakMap<CatalogStore, { generation: number; lists: Map<DateSort, Keyed[]> }>();
function ordered(store: CatalogStore, sort: DateSort): Keyed[] {
  const generation = store.generation?.();
  let cached = orders.get(store);
  if (generation === undefined || cached?.generation !== generation) {
    cached = { generation: generation ?? -1, lists: new Map() };
    if (generation !== undefined) orders.set(store, cached);
  }
  let list = cached.lists.get(sort);
  if (!list) {
    list = [];
    for (const item of store.items()) {
      if (item.status === "published") list.push({ item, key: dateKey(item, sort) });
    }
    list.sort(byKeyDescending);
    cached.lists.set(sort, list);
  }
  return list;
}

/** A relevance key that sorts as a string: the score in fixed width, then the date key. */
const relevanceKey = (score: number, entry: Keyed) =>
  `${Math.round(score * 1e6)
    .toString()
    .padStart(16, "0")}|${entry.key}`;

type Matches = { results: Keyed[]; facets: SearchPage["facets"] };

/**
 * The last searches' matches, per store, while it has not changed: paging
 * through a search and the catalogue's popular searches skip the work. Any
 * change of the store (its `generation`) empties it, so it never serves a stale result.
 */
const recent = new WeakMap<CatalogStore, { generation: number; byQuery: Map<string, Matches> }>();
const RECENT_SEARCHES = 32;

function matching(store: CatalogStore, query: SearchQuery, signedIn: boolean): Matches {
  const generation = store.generation?.();
  if (generation === undefined) return match(store, query, signedIn);
  let cache = recent.get(store);
  if (cache?.generation !== generation) {
    cache = { generation, byQuery: new Map() };
    recent.set(store, cache);
  }
  const { cursor: _cursor, limit: _limit, lang: _lang, ...criteria } = query;
  const key = JSON.stringify([signedIn, criteria]);
  let found = cache.byQuery.get(key);
  if (found) {
    cache.byQuery.delete(key); // most recent last
  } else {
    found = match(store, query, signedIn);
    if (cache.byQuery.size >= RECENT_SEARCHES) {
      cache.byQuery.delete(cache.byQuery.keys().next().value ?? "");
    }
  }
  cache.byQuery.set(key, found);
  return found;
}

function match(store: CatalogStore, query: SearchQuery, signedIn: boolean): Matches {
  const hasWords = wordsOf(query.q ?? "").length > 0;
  const scores = hasWords
    ? (store.index?.() ?? createSearchIndex(store.items())).match(query.q ?? "", query.language)
    : null;
  const selected = FACET_NAMES.flatMap((name) => {
    const values = query[name];
    return values && values.length > 0 ? [[name, new Set<string>(values)] as const] : [];
  });
  const cities = query.cityId && query.cityId.length > 0 ? new Set(query.cityId) : null;

  const facets = Object.fromEntries(FACET_NAMES.map((name) => [name, {}])) as SearchPage["facets"];
  const count = (name: FacetName, item: CatalogEntry) => {
    const counts = facets[name];
    for (const value of FACET_VALUES[name](item)) counts[value] = (counts[value] ?? 0) + 1;
  };
  const results: Keyed[] = [];
  for (const entry of ordered(store, query.sort === "updated" ? "updated" : "newest")) {
    const { item } = entry;
    if (item.visibility === "members" && !signedIn) continue;
    if (cities && !cities.has(item.cityId)) continue;
    const score = scores?.get(item.itemId);
    if (scores && score === undefined) continue;
    // A facet counts the item when every other facet's filter matches it.
    let failed: FacetName | null = null;
    let failures = 0;
    for (const [name, values] of selected) {
      if (FACET_VALUES[name](item).some((value) => values.has(value))) continue;
      failed = name;
      failures += 1;
      if (failures > 1) break;
    }
    if (failures > 1) continue;
    if (failed) {
      count(failed, item);
      continue;
    }
    for (const name of FACET_NAMES) count(name, item);
    results.push(
      query.sort === "relevance" && score !== undefined
        ? { item, key: relevanceKey(score, entry) }
        : entry,
    );
  }
  if (query.sort === "relevance" && scores) results.sort(byKeyDescending);
  return { results, facets };
}

/**
 * Whether a saved search (decision 0079) would find this item, as a member: the search's
 * own filters and keyword match, run over a catalogue of that one item, so a saved search
 * finds exactly what the same search on the exchange page finds.
 */
export function matchesSearch(item: CatalogEntry, criteria: Omit<SearchQuery, "cursor" | "limit">) {
  const store: CatalogStore = { refresh: async () => {}, items: () => [item] };
  return match(store, { ...criteria, sort: "newest" }, true).results.length > 0;
}

/**
 * Filters (any value within a facet, every facet), keyword (every word, in any
 * of its forms, in the title, tags, summary or city name: search-index.ts), sort
 * and page, over the published items the caller may see; facet counts say how
 * many results each value would give with the other facets' filters applied.
 */
export function searchCatalog(store: CatalogStore, query: SearchQuery, now: Date): SearchPage {
  const signedIn = useActor().kind === "user";
  const { results, facets } = matching(store, query, signedIn);
  const after = query.cursor ? decodeCursor(query.cursor, query.sort) : null;
  const start = after === null ? 0 : results.findIndex((entry) => entry.key < after);
  const limit = query.limit ?? 20;
  const page = start === -1 ? [] : results.slice(start, start + limit);
  const last = page.at(-1);
  const more = last !== undefined && start + limit < results.length;
  const items: ItemSummary[] = page.map((entry) => toSummary(entry.item, now, false, query.lang));
  return {
    items,
    cursor: more && last ? encodeCursor(query.sort, last.key) : null,
    total: results.length,
    facets,
  };
}
