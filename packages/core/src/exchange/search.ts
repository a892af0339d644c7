import { useActor } from "../auth/index.ts";
import { VisibleError } from "../errors.ts";
import type { CatalogStore } from "./catalog-store.ts";
import type { StoredItem } from "./exchange-item.entity.ts";
import {
  FACET_NAMES,
  type FacetName,
  type ItemSummary,
  type SearchPage,
  type SearchQuery,
} from "./schemas.ts";
import { toSummary } from "./views.ts";

/** Lower case, accents removed: "Réintégration" matches "reintegration". */
export function normalise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

const FACET_VALUES: Record<FacetName, (item: StoredItem) => readonly string[]> = {
  kind: (item) => [item.kind],
  theme: (item) => item.themes,
  targetGroup: (item) => item.targetGroups,
  stakeholder: (item) => item.stakeholders,
  country: (item) => [item.country],
  language: (item) => item.languages,
  evidence: (item) => [item.evidenceLevel],
};

const searchText = new WeakMap<StoredItem, string>();
function textOf(item: StoredItem): string {
  let text = searchText.get(item);
  if (text === undefined) {
    text = normalise([item.title, item.summary, item.tags.join(" "), item.cityName].join(" "));
    searchText.set(item, text);
  }
  return text;
}

function sortValue(item: StoredItem, sort: SearchQuery["sort"]): string {
  return `${sort === "updated" ? item.updatedAt : (item.publishedAt ?? item.createdAt)}|${item.itemId}`;
}

export function encodeCursor(sort: string, key: string): string {
  return Buffer.from(JSON.stringify({ s: sort, k: key })).toString("base64url");
}

export function decodeCursor(cursor: string, sort: string): string {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (parsed?.s === sort && typeof parsed.k === "string") return parsed.k;
  } catch {
    // fall through: not one of ours
  }
  throw new VisibleError("input", "invalid-cursor", "The cursor is not valid for this list.", [
    { field: "cursor", message: "Not a cursor from this search; start again without it." },
  ]);
}

/**
 * Filters (any value within a facet, every facet), keyword (every word, in the
 * title, summary, tags or city name), sort and page, over the published items
 * the caller may see; facet counts say how many results each value would give.
 */
export function searchCatalog(store: CatalogStore, query: SearchQuery, now: Date): SearchPage {
  const signedIn = useActor().kind === "user";
  const words = normalise(query.q ?? "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2);
  const selected = FACET_NAMES.map((name) => [name, query[name]] as const).filter(
    ([, values]) => values && values.length > 0,
  );
  const cities = query.cityId && query.cityId.length > 0 ? new Set(query.cityId) : null;

  const matchesExcept = (item: StoredItem, skip: FacetName | null) =>
    selected.every(
      ([name, values]) =>
        name === skip || FACET_VALUES[name](item).some((value) => values?.includes(value as never)),
    );

  const candidates: StoredItem[] = [];
  for (const item of store.items()) {
    if (item.status !== "published" || (item.visibility === "members" && !signedIn)) continue;
    if (cities && !cities.has(item.cityId)) continue;
    if (words.length > 0) {
      const text = textOf(item);
      if (!words.every((word) => text.includes(word))) continue;
    }
    candidates.push(item);
  }

  const facets = Object.fromEntries(FACET_NAMES.map((name) => [name, {}])) as SearchPage["facets"];
  const results: StoredItem[] = [];
  for (const item of candidates) {
    if (matchesExcept(item, null)) results.push(item);
    for (const name of FACET_NAMES) {
      if (!matchesExcept(item, name)) continue;
      const counts = facets[name];
      for (const value of FACET_VALUES[name](item)) counts[value] = (counts[value] ?? 0) + 1;
    }
  }

  const keyed = results.map((item) => ({ item, key: sortValue(item, query.sort) }));
  keyed.sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
  const after = query.cursor ? decodeCursor(query.cursor, query.sort) : null;
  const start = after === null ? 0 : keyed.findIndex((entry) => entry.key < after);
  const limit = query.limit ?? 20;
  const page = start === -1 ? [] : keyed.slice(start, start + limit);
  const last = page.at(-1);
  const more = last !== undefined && start + limit < keyed.length;
  const items: ItemSummary[] = page.map((entry) => toSummary(entry.item, now));
  return {
    items,
    cursor: more && last ? encodeCursor(query.sort, last.key) : null,
    total: results.length,
    facets,
  };
}
