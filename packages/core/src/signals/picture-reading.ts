import { currentMember } from "../auth/index.ts";
import { statusOf } from "../cities/membership-status.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import { toCsv } from "../learning/index.ts";
import { addMonths, monthOf, monthSpan } from "./months.ts";
import { pictureCells } from "./picture.ts";
import {
  MINIMUM_CITIES,
  OBSERVATION_MONTHS_BACK,
  type Picture,
  type PictureQuery,
} from "./schemas.ts";

/** The months asked for: `to` defaults to this month, `from` to eleven months before it. */
function monthsOf(query: PictureQuery, at: Date): { from: string; to: string } {
  const to = query.to ?? monthOf(at);
  const from = query.from ?? addMonths(to, -11);
  if (from > to) {
    throw new VisibleError("input", "invalid-months", "The first month is after the last.", [
      { field: "from", message: "Must not be after `to`" },
    ]);
  }
  if (monthSpan(from, to) > OBSERVATION_MONTHS_BACK) {
    throw new VisibleError("input", "invalid-months", "At most 24 months at once.", [
      { field: "from", message: `At most ${OBSERVATION_MONTHS_BACK} months before \`to\`` },
    ]);
  }
  return { from, to };
}

/**
 * The picture for a signed-in member of the alliance: approved observations of active
 * member cities only (a suspended or former member's stop counting, decision 0034),
 * one Query of the approved observations by month and one of the cities.
 */
export function pictureUseCases(data: DataService, now: () => Date) {
  async function picture(query: PictureQuery): Promise<Picture> {
    const member = await currentMember(data);
    const { from, to } = monthsOf(query, now());
    const [approved, cities] = await Promise.all([
      data.entities.signalObservation.query
        .byStatus({ status: "approved" })
        .between({ period: from }, { period: `${to}\uffff` })
        .where((attributes, { eq }) =>
          [
            query.theme ? eq(attributes.theme, query.theme) : "",
            query.country ? eq(attributes.country, query.country) : "",
          ]
            .filter(Boolean)
            .join(" AND "),
        )
        .go({ pages: "all" }),
      data.entities.city.query
        .byName({})
        .go({ pages: "all", attributes: ["cityId", "membershipStatus"] }),
    ]);
    const active = new Set(
      cities.data.filter((city) => statusOf(city) === "active").map((city) => city.cityId),
    );
    const counted = approved.data.filter((observation) => active.has(observation.cityId));
    return { from, to, minimumCities: MINIMUM_CITIES, cells: pictureCells(counted, member.cityId) };
  }

  return {
    picture,
    /** The same cells as CSV; a hidden cell says so in words, with no figures. */
    async pictureCsv(query: PictureQuery): Promise<string> {
      const { cells } = await picture(query);
      return toCsv([
        ["theme", "country", "month", "cities", "observations", "direction", "intensity", "note"],
        ...cells.map((cell) =>
          cell.shown
            ? [
                cell.theme,
                cell.country,
                cell.month,
                cell.cities,
                cell.observations,
                cell.direction,
                cell.intensity,
                "",
              ]
            : [
                cell.theme,
                cell.country,
                cell.month,
                null,
                null,
                null,
                null,
                "not enough observations",
              ],
        ),
      ]);
    },
  };
}
