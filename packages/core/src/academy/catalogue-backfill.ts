import type { Migration } from "../migrations/migration.ts";
import { syncCatalogueCard } from "./catalogue-cards.ts";

type Summary = Parameters<typeof syncCatalogueCard>[1];

/**
 * Migration 003: the catalogue item (course-catalogue.entity.ts, decision 0104) from
 * every course summary, for a stage whose courses were published before it existed.
 * Reads the summaries one page at a time through their index, listed or not, and puts
 * each one's card in the catalogue item (or takes it out), conditional on the summary
 * still saying what was read and on the catalogue item's version (`syncCatalogueCard`).
 * A card the catalogue item already shows is left alone, so a second run writes nothing.
 */
export const courseCatalogueMigration: Migration<Summary> = {
  id: "003-course-catalogue",
  title: "The catalogue item: every listed course's card in one item",
  async page(data, cursor, limit) {
    const page = await data.entities.courseSummary.query
      .catalogue({})
      .go({ cursor, limit, attributes: ["courseId", "versionNumber", "listed", "card"] });
    return { items: page.data, cursor: page.cursor };
  },
  apply: (data, summary, dryRun) => syncCatalogueCard(data, summary, dryRun),
};
