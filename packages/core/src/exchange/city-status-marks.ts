import { type CityStatus, statusOf } from "../cities/index.ts";
import type { DataService } from "../data/service.ts";
import type { ChangeConsumer, TableChange } from "../stream/change.ts";

const statusIn = (image: TableChange["newImage"]): CityStatus =>
  statusOf({ membershipStatus: image?.membershipStatus as CityStatus | undefined });

/** Items marked at once; a city has tens of items, rarely hundreds. */
const PARALLEL = 10;

/**
 * Copies a city's membership status onto its exchange items when it changes, so
 * every list and search card can say "from a former member" from the item alone
 * (decision 0034). It reads the city's status now rather than trusting the image,
 * so a replayed or late change converges on the latest status; marking moves the
 * item's `changedAt` (the search catalogue sees it) but not its `version` (no
 * editor's If-Match goes stale). Idempotent: an item already marked is left alone.
 */
export function cityStatusMarksConsumer(data: DataService, now = () => new Date()): ChangeConsumer {
  return {
    name: "city-status-marks",
    wants: (change) =>
      change.entity === "city" &&
      change.kind === "modify" &&
      statusIn(change.oldImage) !== statusIn(change.newImage),
    async handle(change) {
      const cityId = change.newImage?.cityId;
      if (typeof cityId !== "string") return;
      const city = await data.entities.city.get({ cityId }).go();
      if (!city.data) return;
      const status = statusOf(city.data);
      const items = await data.entities.exchangeItem.query
        .byCity({ cityId })
        .go({ pages: "all", attributes: ["itemId", "cityStatus"] });
      const unmarked = items.data.filter((item) => (item.cityStatus ?? "active") !== status);
      for (let start = 0; start < unmarked.length; start += PARALLEL) {
        await Promise.all(
          unmarked.slice(start, start + PARALLEL).map(({ itemId }) => {
            const patch = data.entities.exchangeItem.patch({ itemId });
            const changedAt = now().toISOString();
            return (
              status === "active"
                ? patch.set({ changedAt }).remove(["cityStatus"])
                : patch.set({ changedAt, cityStatus: status })
            ).go();
          }),
        );
      }
    },
  };
}
