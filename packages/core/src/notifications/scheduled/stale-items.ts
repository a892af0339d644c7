import type { DataService } from "../../data/service.ts";
import { DAY_MS, type JobSummary, notifyDue } from "./due.ts";
import { CATCH_UP_DAYS } from "./inactive-learners.ts";

const twoYearsBefore = (at: Date) => {
  const before = new Date(at);
  before.setUTCFullYear(before.getUTCFullYear() - 2);
  return before;
};

/**
 * `stale-items` (daily): the contributor who owns a published exchange item that nobody
 * has changed for two years (an edit, a revision, a review all move `changedAt`) is
 * asked to review it, once: the key holds `changedAt`, so reviewing it starts again.
 * Read from the catalogue's index (every item by `changedAt`), the days just past the
 * two years only, as inactive-learners.ts does.
 */
export async function remindStaleItems(data: DataService, now: Date): Promise<JobSummary> {
  const until = twoYearsBefore(now);
  const from = new Date(until.getTime() - CATCH_UP_DAYS * DAY_MS);
  const items = await data.entities.exchangeItem.query
    .catalog({})
    .between({ changedAt: from.toISOString() }, { changedAt: until.toISOString() })
    .go({ pages: "all", attributes: ["itemId", "ownerId", "title", "status", "changedAt"] });
  const due = items.data
    .filter((item) => item.status === "published")
    .map((item) => {
      const dueAt = new Date(item.changedAt);
      dueAt.setUTCFullYear(dueAt.getUTCFullYear() + 2);
      return {
        key: `item-review-due\n${item.itemId}\n${item.changedAt}`,
        dueAt: dueAt.toISOString(),
        draft: {
          recipientId: item.ownerId,
          kind: "item-review-due" as const,
          params: { title: item.title },
          link: `/exchange/items/${item.itemId}`,
        },
      };
    });
  return notifyDue(data, due);
}
