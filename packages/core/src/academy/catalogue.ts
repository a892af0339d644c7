import { PAGE_SIZE } from "../data/page-size.ts";
import { preparedGet, preparedQuery } from "../data/prepared-query.ts";
import type { DataService } from "../data/service.ts";
import { decodeCursor, encodeCursor, normalise } from "../exchange/index.ts";
import { cardsOf, catalogueOrder } from "./catalogue-cards.ts";
import { authorsCourse, courseActions } from "./course-policy.ts";
import { cardOf } from "./course-summary.entity.ts";
import type { CataloguePage, CatalogueQuery, CoursePage, CourseSummary } from "./schemas.ts";
import { courseNotFound } from "./trainers.ts";

const sortKey = catalogueOrder;

/** The catalogue's facets: what each course has for each, and what the query selects. */
const FACETS = {
  theme: (course: CourseSummary): readonly string[] => course.themes,
  language: (course: CourseSummary): readonly string[] => [course.language],
  level: (course: CourseSummary): readonly string[] => [course.level],
} as const;
type Facet = keyof typeof FACETS;
const FACET_NAMES = Object.keys(FACETS) as Facet[];

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
 * The public catalogue and course page. Courses are few (tens, not hundreds), so the
 * catalogue reads every listed course's card (about 1.4 KB) from the one item that
 * holds them all (course-catalogue.entity.ts, decision 0104) and filters in memory;
 * the course page is one GetItem of the listing.
 */
export function catalogueUseCases(data: DataService) {
  /**
   * The catalogue item: one GetItem, its parameters built by ElectroDB once and sent as
   * they are on every request (decisions 0102, 0104).
   */
  const catalogueItem = preparedGet(data.documentClient, () =>
    data.entities.courseCatalogue.get({}).params({ attributes: ["cards"] }),
  );
  /**
   * Every listed course's summary: one Query, prepared as above (decision 0102). Read
   * only when the catalogue item has no cards: never written (no publish since the
   * release that brought it, and migration 003 not yet run), or full.
   */
  const everyListed = preparedQuery(data.documentClient, () =>
    data.entities.courseSummary.query
      .catalogue({})
      .where(({ listed }, { eq }) => eq(listed, true))
      .params({ attributes: ["card"] }),
  );

  /**
   * The cards of the last catalogue item read, by its text: parsing 30 cards (37 KB)
   * took some 0.35 ms, and the text changes only with a publication (decision 0104).
   * The item is still read on every request; the cards are frozen, as they are shared.
   */
  let parsed: { text: string; cards: readonly CourseSummary[] } | undefined;
  function cardsFrom(text: string): readonly CourseSummary[] {
    if (parsed?.text !== text) {
      const cards = cardsOf({ cards: text }).map((card) => Object.freeze(card));
      parsed = { text, cards: Object.freeze(cards) };
    }
    return parsed.cards;
  }

  /** Every listed course's card; `cites` keeps those whose lessons cite that exchange item. */
  async function listed(cites?: string): Promise<readonly CourseSummary[]> {
    if (cites === undefined) {
      const item = await catalogueItem();
      if (typeof item?.cards === "string") return cardsFrom(item.cards);
      return (await everyListed()).map((summary) => cardOf(summary as { card: string }));
    }
    const result = await data.entities.courseSummary.query
      .catalogue({})
      .where(
        ({ listed, citedItemIds }, { eq, contains }) =>
          `${eq(listed, true)} AND ${contains(citedItemIds, cites)}`,
      )
      .go({ pages: "all", attributes: ["card"] });
    return result.data.map(cardOf);
  }

  return {
    async search(query: CatalogueQuery): Promise<CataloguePage> {
      const words = normalise(query.q ?? "")
        .split(/[^\p{L}\p{N}]+/u)
        .filter((word) => word.length >= 2);
      const candidates = (await listed()).filter((course) => matchesBase(course, query, words));
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
    },

    /** Listed courses whose lessons cite the exchange item: one Query of the summaries. */
    async citing(itemId: string): Promise<CourseSummary[]> {
      return [...(await listed(itemId))].sort((a, b) => a.title.localeCompare(b.title));
    },

    /** The course page, with what the caller may do: no read beyond the listing unless a trainer's token cannot tell. */
    async get(courseId: string): Promise<CoursePage> {
      const listing = await data.entities.courseListing.get({ courseId }).go();
      if (!listing.data?.listed) throw courseNotFound();
      const authors = await authorsCourse(data, listing.data);
      // A listed course is a published one.
      return { ...listing.data.view, actions: courseActions(authors, "published") };
    },
  };
}
