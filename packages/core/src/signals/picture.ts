import {
  type CELL_DIRECTIONS,
  MINIMUM_CITIES,
  type PictureCell,
  SIGNAL_INTENSITIES,
  type SignalDirection,
  type SignalIntensity,
} from "./schemas.ts";

/** What the picture reads of an approved observation. */
export interface Counted {
  cityId: string;
  country: PictureCell["country"];
  theme: PictureCell["theme"];
  period: string;
  direction: SignalDirection;
  intensity: SignalIntensity;
}

/** The value most cities hold, or `fallback` when none holds more than half. */
function majority<T extends string>(votes: T[], fallback: T): T {
  const counts = new Map<T, number>();
  for (const vote of votes) counts.set(vote, (counts.get(vote) ?? 0) + 1);
  for (const [value, count] of counts) if (count * 2 > votes.length) return value;
  return fallback;
}

/** The lower median of `values` on the scale `scale`. */
function median<T extends string>(values: T[], scale: readonly T[]): T {
  const sorted = values.map((value) => scale.indexOf(value)).sort((a, b) => a - b);
  return scale[sorted[Math.floor((sorted.length - 1) / 2)] ?? 0] as T;
}

/**
 * The picture's cells, one per theme × country × month (decision 0069). A cell is
 * shown when at least MINIMUM_CITIES cities other than the viewer's own observed it:
 * a member whose city is in a cell could otherwise subtract their own city and learn
 * what fewer than three others said. A cell below that says only that it exists:
 * no count and no summary, and the picture has no totals across cells, so nothing
 * hidden can be found by subtracting shown figures from a total. Each city has one
 * vote in a cell's summary, whatever number of observations it recorded.
 */
export function pictureCells(observations: Counted[], viewerCityId: string | null): PictureCell[] {
  const groups = new Map<string, Counted[]>();
  for (const observation of observations) {
    const key = `${observation.theme}|${observation.country}|${observation.period}`;
    groups.set(key, [...(groups.get(key) ?? []), observation]);
  }
  const cells: PictureCell[] = [];
  for (const group of groups.values()) {
    const first = group[0] as Counted;
    const place = { theme: first.theme, country: first.country, month: first.period };
    const byCity = new Map<string, Counted[]>();
    for (const observation of group) {
      byCity.set(observation.cityId, [...(byCity.get(observation.cityId) ?? []), observation]);
    }
    const others = [...byCity.keys()].filter((cityId) => cityId !== viewerCityId).length;
    if (others < MINIMUM_CITIES) {
      cells.push({ ...place, shown: false });
      continue;
    }
    const cityVotes = [...byCity.values()];
    cells.push({
      ...place,
      shown: true,
      cities: byCity.size,
      observations: group.length,
      direction: majority(
        cityVotes.map((own) =>
          majority(
            own.map((observation) => observation.direction),
            "stable" as SignalDirection,
          ),
        ),
        "mixed" as (typeof CELL_DIRECTIONS)[number],
      ),
      intensity: median(
        cityVotes.map((own) =>
          median(
            own.map((observation) => observation.intensity),
            SIGNAL_INTENSITIES,
          ),
        ),
        SIGNAL_INTENSITIES,
      ),
    });
  }
  const order = (cell: PictureCell) => `${cell.theme}|${cell.country}|${cell.month}`;
  return cells.sort((a, b) => (order(a) < order(b) ? -1 : 1));
}
