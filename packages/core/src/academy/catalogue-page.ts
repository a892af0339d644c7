import { PAGE_SIZE } from "../data/page-size.ts";
import { decodeCursor, encodeCursor, normalise } from "../exchange/index.ts";
import { catalogueOrder as sortKey } from "./catalogue-cards.ts";
import type { CataloguePage, CatalogueQuery, CourseSummary } from "./schemas.ts";

/** The catalogue's facets: what each course has for each, and what the query selects. */
const FACETS = {
  theme: (course: CourseSummary): readonly string[] => course.themes,
  language: (course: CourseSummary): readonly string[] => [course.language],
  level: (course: CourseSummary): readonly string[] => [course.level],
} as const;
type Facet = keyof typeof FACETS;
const FACET_NAMES = Object.keys(FACETS) as Facet[];

/** The query's keywords: what `q` matches on (every one of them, in the course's text). */
function wordsOf(query: CatalogueQuery): string[] {
  // Without `q`, no normalising: its Unicode-property regex cost the most of the page's key.
  if (!query.q) return [];
  return normalise(query.q)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2);
}

/** Keyword and duration: what every facet count shares with the results. */
function matchesBase(course: CourseSummary, query: CatalogueQuery, words: string[]): boolean {
  if (query.minMinutes !== undefined && course.durationMinutes < query.minMinutes) return false;
  if (query.maxMinutes !== undefined && course.durationMinutes > query.maxMinutes) return false;
  if (words.length === 0) return true;
  const text = normalise(
    [course.title, course.summary, course.audience, ...course.objectives].join(" "),
  );
  return words.every((word) => text.includes(word));
}

/** Any selected value within a facet, every facet (but `skip`, whose counts are being made). */
function matchesFacets(course: CourseSummary, query: CatalogueQuery, skip: Facet | null) {
  return FACET_NAMES.every((name) => {
    const selected: readonly string[] | undefined = query[name];
    return (
      name === skip || !selected?.length || FACETS[name](course).some((v) => selected.includes(v))
    );
  });
}

/**
 * How many courses each facet value would give, with the other facets' selections
 * kept (as the exchange counts): only values in use appear.
 */
function facetCounts(candidates: CourseSummary[], query: CatalogueQuery) {
  const facets = { theme: {}, language: {}, level: {} } as CataloguePage["facets"];
  for (const course of candidates) {
    for (const name of FACET_NAMES) {
      if (!matchesFacets(course, query, name)) continue;
      const counts: Record<string, number> = facets[name];
      for (const value of FACETS[name](course)) counts[value] = (counts[value] ?? 0) + 1;
    }
  }
  return facets;
}

/**
 * What the page depends on besides the cards: two queries with the same key get the same
 * page of the same cards (the keywords as matched, the filters, the cursor, the limit).
 */
export function cataloguePageKey(query: CatalogueQuery): string {
  const { theme, language, level, minMinutes, maxMinutes, cursor, limit } = query;
  return JSON.stringify([
    wordsOf(query),
    theme,
    language,
    level,
    minMinutes,
    maxMinutes,
    cursor,
    limit,
  ]);
}

/** One page of the catalogue of `cards`, with the total and the facet counts (filtered in memory). */
export function cataloguePage(
  cards: readonly CourseSummary[],
  query: CatalogueQuery,
): CataloguePage {
  const words = wordsOf(query);
  const candidates = cards.filter((course) => matchesBase(course, query, words));
  const found = candidates
    .filter((course) => matchesFacets(course, query, null))
    .sort((a, b) => sortKey(b).localeCompare(sortKey(a)));
  const after = query.cursor ? decodeCursor(query.cursor, "catalogue") : null;
  const start = after ? found.findIndex((course) => sortKey(course) < after) : 0;
  const limit = Math.min(query.limit ?? PAGE_SIZE.default, PAGE_SIZE.max);
  const page = start < 0 ? [] : found.slice(start, start + limit);
  const last = page.at(-1);
  const more = start >= 0 && start + limit < found.length;
  return {
    items: page,
    cursor: more && last ? encodeCursor("catalogue", sortKey(last)) : null,
    total: found.length,
    facets: facetCounts(candidates, query),
  };
}

/** `page` and everything in it frozen, so that it can be shared (the cards already are). */
export function frozenPage(page: CataloguePage): CataloguePage {
  Object.freeze(page.items);
  for (const counts of Object.values(page.facets)) Object.freeze(counts);
  Object.freeze(page.facets);
  return Object.freeze(page);
}
