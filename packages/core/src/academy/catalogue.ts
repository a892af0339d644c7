import { preparedGet, preparedQuery } from "../data/prepared-query.ts";
import type { DataService } from "../data/service.ts";
import { cardsOf } from "./catalogue-cards.ts";
import { cataloguePage, cataloguePageKey, frozenPage } from "./catalogue-page.ts";
import { authorsCourse, courseActions } from "./course-policy.ts";
import { cardOf } from "./course-summary.entity.ts";
import type { CataloguePage, CatalogueQuery, CoursePage, CourseSummary } from "./schemas.ts";
import { courseNotFound } from "./trainers.ts";

/** Pages kept per catalogue item version (each about 28 KB once serialised), oldest out first. */
const PAGES_HELD = 32;

/** The catalogue item as last read: its cards (null when full) and the pages made of them. */
interface Held {
  /** Its version and write time: every write of the item changes both. */
  stamp: string;
  cards: readonly CourseSummary[] | null;
  pages: Map<string, CataloguePage>;
}

const stampOf = (item: Record<string, unknown>) => `${item.version}|${item.updatedAt}`;

/**
 * The public catalogue and course page. Courses are few (tens, not hundreds), so the
 * catalogue reads every listed course's card (about 1.4 KB) from the one item that
 * holds them all (course-catalogue.entity.ts, decision 0104) and filters in memory;
 * the course page is one GetItem of the listing.
 */
export function catalogueUseCases(data: DataService) {
  /**
   * The catalogue item's version and write time, then, when they are not the ones held,
   * its cards: each one GetItem, its parameters built by ElectroDB once and sent as they
   * are on every request (decisions 0102, 0104).
   */
  const catalogueStamp = preparedGet(data.documentClient, () =>
    data.entities.courseCatalogue.get({}).params({ attributes: ["version", "updatedAt"] }),
  );
  const catalogueItem = preparedGet(data.documentClient, () =>
    data.entities.courseCatalogue.get({}).params({ attributes: ["cards", "version", "updatedAt"] }),
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
   * The catalogue item as last read, shared by requests (its cards and pages frozen).
   * Once one is held, each request reads only its version and write time, so a
   * publication shows on the next request; the 37 KB of cards are read and parsed again
   * only when those changed (decision 0110: reading them took more CPU than
   * the baseline's whole Query). Before one is held, the item is read whole at once.
   */
  let held: Held | undefined;
  async function current(): Promise<Held | undefined> {
    if (held) {
      const head = await catalogueStamp();
      if (held.stamp === (head && stampOf(head))) return held;
    }
    const item = await catalogueItem();
    if (!item) {
      held = undefined;
      return undefined;
    }
    const cards =
      typeof item.cards === "string"
        ? Object.freeze(cardsOf({ cards: item.cards }).map((card) => Object.freeze(card)))
        : null;
    held = { stamp: stampOf(item), cards, pages: new Map() };
    return held;
  }

  /** Every listed course's card from the summaries: while the catalogue item has none. */
  async function listedSummaries(): Promise<CourseSummary[]> {
    return (await everyListed()).map((summary) => cardOf(summary as { card: string }));
  }

  /** Listed courses whose lessons cite that exchange item. */
  async function citingCards(cites: string): Promise<CourseSummary[]> {
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
    /**
     * A page of the catalogue. From the catalogue item's cards, a page already made for
     * the same cards and the same query is answered again, the same frozen object (the
     * API serialises it once, decision 0110).
     */
    async search(query: CatalogueQuery): Promise<CataloguePage> {
      const held = await current();
      if (!held?.cards) return cataloguePage(await listedSummaries(), query);
      const key = cataloguePageKey(query);
      let page = held.pages.get(key);
      if (!page) {
        page = frozenPage(cataloguePage(held.cards, query));
        if (held.pages.size >= PAGES_HELD) held.pages.delete(held.pages.keys().next().value ?? "");
        held.pages.set(key, page);
      }
      return page;
    },

    /** Listed courses whose lessons cite the exchange item: one Query of the summaries. */
    async citing(itemId: string): Promise<CourseSummary[]> {
      return (await citingCards(itemId)).sort((a, b) => a.title.localeCompare(b.title));
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
