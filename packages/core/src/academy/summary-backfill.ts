import type { DataService } from "../data/service.ts";
import { toSummaryItem } from "./views.ts";

/**
 * Writes the summary of every course listing (course-summary.entity.ts) from the
 * listing itself: for a stage whose courses were published before summaries existed
 * (decision 0025). Each summary is written in a transaction with a check that the
 * listing still shows that version and visibility, so a publish or an unpublish that
 * runs meanwhile (and writes its own summary) is never overwritten with an older one;
 * such a listing is counted as `skipped` and is right already. Reads the listings one
 * page at a time through their index; idempotent, so it can be run again at any time.
 */
export async function backfillCourseSummaries(
  data: DataService,
): Promise<{ written: number; skipped: number }> {
  const counts = { written: 0, skipped: 0 };
  const read = (cursor: string | null) =>
    data.entities.courseListing.query
      .catalogue({})
      .go({ cursor, attributes: ["courseId", "versionNumber", "listed", "view"] });
  let cursor: string | null = null;
  do {
    const page = await read(cursor);
    for (const listing of page.data) {
      const result = await data.transaction
        .write(({ courseListing, courseSummary }) => [
          courseListing
            .check({ courseId: listing.courseId })
            .where(
              ({ versionNumber, listed }, { eq }) =>
                `${eq(versionNumber, listing.versionNumber)} AND ${eq(listed, listing.listed)}`,
            )
            .commit(),
          courseSummary.put(toSummaryItem(listing.view, listing.listed)).commit(),
        ])
        .go();
      counts[result.canceled ? "skipped" : "written"] += 1;
    }
    cursor = page.cursor;
  } while (cursor);
  return counts;
}
