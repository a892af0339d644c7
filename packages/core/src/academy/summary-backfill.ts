import { isDeepStrictEqual } from "node:util";
import type { DataService } from "../data/service.ts";
import type { Migration } from "../migrations/migration.ts";
import { toSummaryItem } from "./views.ts";

type Listing = Awaited<ReturnType<typeof readListings>>["data"][number];

const readListings = (data: DataService, cursor: string | null, limit: number) =>
  data.entities.courseListing.query
    .catalogue({})
    .go({ cursor, limit, attributes: ["courseId", "versionNumber", "listed", "view"] });

/**
 * Migration 001: the summary of every course listing (course-summary.entity.ts), from
 * the listing itself, for a stage whose courses were published before summaries
 * existed (decision 0025; a migration since decision 0043). Reads the listings one page
 * at a time through their index. A summary that already says what the listing says is
 * left alone. Each one is written in a transaction with a check that the listing still
 * shows that version and visibility, so a publish or an unpublish that runs meanwhile
 * (and writes its own summary) is never overwritten with an older one.
 */
export const courseSummariesMigration: Migration<Listing> = {
  id: "001-course-summaries",
  title: "Course summaries for listings published before summaries existed",
  async page(data, cursor, limit) {
    const page = await readListings(data, cursor, limit);
    return { items: page.data, cursor: page.cursor };
  },
  async apply(data, listing, dryRun) {
    const summary = toSummaryItem(listing.view, listing.listed);
    const { data: stored } = await data.entities.courseSummary
      .get({ courseId: listing.courseId })
      .go({ consistent: true, attributes: Object.keys(summary) as (keyof typeof summary)[] });
    if (stored && isDeepStrictEqual({ ...stored }, summary)) return null;
    const what = `${stored ? "rewrite" : "write"} the summary of ${listing.courseId}`;
    if (dryRun) return `would ${what}`;
    const result = await data.transaction
      .write(({ courseListing, courseSummary }) => [
        courseListing
          .check({ courseId: listing.courseId })
          .where(
            ({ versionNumber, listed }, { eq }) =>
              `${eq(versionNumber, listing.versionNumber)} AND ${eq(listed, listing.listed)}`,
          )
          .commit(),
        courseSummary.put(summary).commit(),
      ])
      .go();
    // Cancelled: a publish changed the listing and wrote its own summary meanwhile.
    return result.canceled ? null : what.replace(/^write/, "wrote").replace(/^rewrite/, "rewrote");
  },
};
