import type { DataService } from "../data/service.ts";
import type { SavedSearchMatcher } from "../exchange/index.ts";
import type { ChangeConsumer } from "../stream/change.ts";
import { draftsFor, SOURCE_ENTITIES } from "./from-changes.ts";
import { writeNotification } from "./notification-store.ts";

const SOURCES = new Set<string>(SOURCE_ENTITIES);

/**
 * `notifications` (decision 0062): turns the domain events on the change stream (the
 * inserts of the log entities) into notifications in each person's inbox. Each is
 * written with a conditional create keyed on the change and the person, so a change
 * handled halfway and then retried adds only the missing ones. Saved searches' matches
 * are found with `matchesSearch` (`@alliance/core/exchange-search`), handed in so that the
 * search engine stays out of the modules the API function loads (decision 0096).
 */
export function notificationsConsumer(
  data: DataService,
  matchesSearch: SavedSearchMatcher,
): ChangeConsumer {
  return {
    name: "notifications",
    wants: (change) => change.kind === "insert" && SOURCES.has(change.entity ?? ""),
    async handle(change) {
      for (const draft of await draftsFor(data, change, matchesSearch)) {
        await writeNotification(data, change, draft);
      }
    },
  };
}
