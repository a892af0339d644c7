import { POPULATION_BANDS, type PopulationBand, REGION_OF } from "../taxonomy/city-profile.ts";
import type { Country } from "../taxonomy/countries.ts";
import type { Theme } from "../taxonomy/exchange.ts";
import type { ContentLanguage } from "../taxonomy/locales.ts";
import type { MatchingInput, MatchReason, SimilarCities, SimilarCity } from "./matching-schemas.ts";

/** What matching knows of a city: public profile fields only, nothing about people. */
export interface MatchProfile {
  cityId: string;
  name: string;
  country: Country;
  populationBand: PopulationBand | null;
  priorities: readonly Theme[];
  languages: readonly ContentLanguage[];
}

/** Another member city, with how many of its published items carry each theme. */
export interface MatchCandidate extends MatchProfile {
  publishedThemes: Readonly<Partial<Record<Theme, number>>>;
  /** Passed through to the suggestion; it does not change the score. Active when absent. */
  membershipStatus?: "active" | "suspended";
}

/**
 * Points of each component; they add up to 100. Themes weigh most because the
 * alliance exists to share practice on them; size and place next, since what
 * works in a city of 80 000 or a neighbouring system transfers more easily;
 * languages last, as they decide whether people can talk, not what about.
 */
export const MATCH_WEIGHTS = {
  sharedPriorities: 40,
  publishedOn: 25,
  size: 15,
  place: 10,
  languages: 10,
} as const;

/** Published items on a theme beyond this many add nothing more. */
export const ITEMS_PER_THEME_CAP = 3;

const shared = <T>(mine: readonly T[], theirs: readonly T[]) =>
  mine.filter((value) => theirs.includes(value));

interface Component {
  points: number;
  reason: MatchReason;
}

function themeComponents(mine: MatchProfile, other: MatchCandidate): Component[] {
  if (mine.priorities.length === 0) return [];
  const components: Component[] = [];
  const both = shared(mine.priorities, other.priorities);
  if (both.length > 0) {
    components.push({
      points: (MATCH_WEIGHTS.sharedPriorities * both.length) / mine.priorities.length,
      reason: { kind: "sharedPriorities", themes: both },
    });
  }
  const published = mine.priorities.filter((theme) => (other.publishedThemes[theme] ?? 0) > 0);
  if (published.length > 0) {
    const covered = published.reduce(
      (sum, theme) =>
        sum +
        Math.min(other.publishedThemes[theme] ?? 0, ITEMS_PER_THEME_CAP) / ITEMS_PER_THEME_CAP,
      0,
    );
    components.push({
      points: (MATCH_WEIGHTS.publishedOn * covered) / mine.priorities.length,
      reason: { kind: "publishedOn", themes: published },
    });
  }
  return components;
}

function sizeComponent(mine: MatchProfile, other: MatchProfile): Component | null {
  if (!mine.populationBand || !other.populationBand) return null;
  const distance = Math.abs(
    POPULATION_BANDS.indexOf(mine.populationBand) - POPULATION_BANDS.indexOf(other.populationBand),
  );
  if (distance > 1) return null;
  return {
    points: distance === 0 ? MATCH_WEIGHTS.size : MATCH_WEIGHTS.size / 3,
    reason: { kind: "size", band: other.populationBand, distance: distance === 0 ? 0 : 1 },
  };
}

function placeComponent(mine: MatchProfile, other: MatchProfile): Component | null {
  if (mine.country === other.country) {
    return { points: MATCH_WEIGHTS.place, reason: { kind: "sameCountry", country: other.country } };
  }
  const region = REGION_OF[other.country];
  if (REGION_OF[mine.country] !== region) return null;
  return { points: MATCH_WEIGHTS.place / 2, reason: { kind: "sameRegion", region } };
}

function languageComponent(mine: MatchProfile, other: MatchProfile): Component | null {
  const languages = shared(mine.languages, other.languages);
  if (languages.length === 0) return null;
  return {
    points: (MATCH_WEIGHTS.languages * Math.min(languages.length, 2)) / 2,
    reason: { kind: "speaks", languages },
  };
}

/** The score of `other` for `mine` and the reasons that make it up (pure, no I/O). */
export function matchCity(
  mine: MatchProfile,
  other: MatchCandidate,
): { score: number; reasons: MatchReason[] } {
  const components = [
    ...themeComponents(mine, other),
    sizeComponent(mine, other),
    placeComponent(mine, other),
    languageComponent(mine, other),
  ].filter((component): component is Component => component !== null);
  return {
    score: components.reduce((sum, component) => sum + component.points, 0),
    reasons: components.map((component) => component.reason),
  };
}

/** The profile fields of `mine` that are empty and that matching would read. */
export function incompleteInputs(mine: MatchProfile): MatchingInput[] {
  const missing: MatchingInput[] = [];
  if (mine.priorities.length === 0) missing.push("priorities");
  if (!mine.populationBand) missing.push("populationBand");
  if (mine.languages.length === 0) missing.push("languages");
  return missing;
}

// Made on the first ranking, not at import: a collator loads ICU's data, which most of
// the API's cold starts never need (decision 0051).
let byName: Intl.Collator | undefined;
const compareNames = (a: string, b: string) => {
  byName ??= new Intl.Collator("en", { sensitivity: "base" });
  return byName.compare(a, b);
};

/**
 * The other cities most like `mine`, best first: higher score, then name, then id
 * (so equal scores always come in one order). A city with nothing in common is
 * left out rather than suggested for no reason; `mine` itself never appears.
 */
export function rankSimilarCities(
  mine: MatchProfile,
  candidates: Iterable<MatchCandidate>,
  limit: number,
): SimilarCities {
  const ranked: (SimilarCity & { exact: number })[] = [];
  for (const other of candidates) {
    if (other.cityId === mine.cityId) continue;
    const { score, reasons } = matchCity(mine, other);
    if (score <= 0) continue;
    ranked.push({
      cityId: other.cityId,
      name: other.name,
      country: other.country,
      score: Math.round(score),
      reasons,
      membershipStatus: other.membershipStatus ?? "active",
      exact: score,
    });
  }
  ranked.sort(
    (a, b) =>
      b.exact - a.exact ||
      compareNames(a.name, b.name) ||
      (a.cityId < b.cityId ? -1 : a.cityId > b.cityId ? 1 : 0),
  );
  return {
    suggestions: ranked.slice(0, limit).map(({ exact: _, ...suggestion }) => suggestion),
    incomplete: incompleteInputs(mine),
  };
}
