import { describe, expect, it } from "vitest";
import {
  MATCH_WEIGHTS,
  type MatchCandidate,
  type MatchProfile,
  matchCity,
  rankSimilarCities,
} from "./matching.ts";

const aarhus: MatchProfile = {
  cityId: "cty_aarhus",
  name: "Aarhus",
  country: "DK",
  populationBand: "250k-1m",
  priorities: ["youth-work", "online-radicalisation-and-hate", "exit-and-reintegration"],
  languages: ["da", "en"],
};

const candidate = (profile: Partial<MatchCandidate> & Pick<MatchCandidate, "cityId" | "name">) =>
  ({
    country: "PT",
    populationBand: null,
    priorities: [],
    languages: [],
    publishedThemes: {},
    ...profile,
  }) satisfies MatchCandidate;

/** Fixtures: a close match, a partial one, a neighbour with nothing else, a stranger. */
const malmo = candidate({
  cityId: "cty_malmo",
  name: "Malmö",
  country: "SE",
  populationBand: "250k-1m",
  priorities: ["online-radicalisation-and-hate", "youth-work"],
  languages: ["sv", "en", "da"],
  publishedThemes: { "online-radicalisation-and-hate": 4, polarisation: 2 },
});
const mechelen = candidate({
  cityId: "cty_mechelen",
  name: "Mechelen",
  country: "BE",
  populationBand: "50k-250k",
  priorities: ["youth-work", "community-engagement"],
  languages: ["nl", "fr"],
  publishedThemes: { "youth-work": 1 },
});
const odense = candidate({ cityId: "cty_odense", name: "Odense", country: "DK" });
const faro = candidate({ cityId: "cty_faro", name: "Faro", populationBand: "under-50k" });

describe("cities like mine", () => {
  it("ranks the closest first and says why, reason by reason", () => {
    const result = rankSimilarCities(aarhus, [faro, odense, mechelen, malmo], 10);
    expect(result.suggestions.map((city) => city.name)).toEqual(["Malmö", "Mechelen", "Odense"]);
    expect(result.suggestions[0]).toEqual({
      cityId: "cty_malmo",
      name: "Malmö",
      country: "SE",
      // 40·2/3 + 25·(1/3)·1 + 15 + 5 + 10 = 65.
      score: 65,
      reasons: [
        { kind: "sharedPriorities", themes: ["youth-work", "online-radicalisation-and-hate"] },
        { kind: "publishedOn", themes: ["online-radicalisation-and-hate"] },
        { kind: "size", band: "250k-1m", distance: 0 },
        { kind: "sameRegion", region: "northern-europe" },
        { kind: "speaks", languages: ["da", "en"] },
      ],
      membershipStatus: "active",
    });
    // 40/3 + 25·(1/3)/3 + 15/3 = 21.1: one shared priority, one item on it, the next band down.
    expect(result.suggestions[1]).toMatchObject({
      score: 21,
      reasons: [
        { kind: "sharedPriorities", themes: ["youth-work"] },
        { kind: "publishedOn", themes: ["youth-work"] },
        { kind: "size", band: "50k-250k", distance: 1 },
      ],
    });
    expect(result.suggestions[2]).toMatchObject({
      score: MATCH_WEIGHTS.place,
      reasons: [{ kind: "sameCountry", country: "DK" }],
    });
    expect(result.incomplete).toEqual([]);
  });

  it("leaves out a city with nothing in common, and the city itself", () => {
    const result = rankSimilarCities(
      aarhus,
      [{ ...malmo, ...aarhus, publishedThemes: {} }, faro],
      10,
    );
    expect(result.suggestions).toEqual([]);
  });

  it("counts at most three published items per theme, and none outside my priorities", () => {
    const many = { ...faro, publishedThemes: { "youth-work": 3, polarisation: 9 } };
    const more = { ...faro, publishedThemes: { "youth-work": 30, polarisation: 1 } };
    expect(matchCity(aarhus, many).score).toBeCloseTo(MATCH_WEIGHTS.publishedOn / 3);
    expect(matchCity(aarhus, more).score).toBe(matchCity(aarhus, many).score);
  });

  it("breaks equal scores by name, then id, whatever the order it is given", () => {
    const twins = ["Zagreb", "Arnhem", "Bergen"].map((name, index) =>
      candidate({ cityId: `cty_${index}`, name, country: "DK" }),
    );
    const sameName = candidate({ cityId: "cty_00", name: "arnhem", country: "DK" });
    const forward = rankSimilarCities(aarhus, [...twins, sameName], 10);
    const backward = rankSimilarCities(aarhus, [sameName, ...twins].reverse(), 10);
    // Arnhem and arnhem compare equal by name, so their ids decide; Zagreb comes last.
    expect(forward.suggestions.map((city) => city.cityId)).toEqual([
      "cty_00",
      "cty_1",
      "cty_2",
      "cty_0",
    ]);
    expect(backward).toEqual(forward);
  });

  it("keeps the best `limit`", () => {
    const result = rankSimilarCities(aarhus, [odense, mechelen, malmo], 2);
    expect(result.suggestions.map((city) => city.name)).toEqual(["Malmö", "Mechelen"]);
  });

  it("with an empty profile still suggests by place, and names what to fill in", () => {
    const empty: MatchProfile = {
      cityId: "cty_new",
      name: "Vejle",
      country: "DK",
      populationBand: null,
      priorities: [],
      languages: [],
    };
    const result = rankSimilarCities(empty, [faro, mechelen, malmo, odense], 10);
    expect(result.incomplete).toEqual(["priorities", "populationBand", "languages"]);
    expect(result.suggestions.map((city) => [city.name, city.score])).toEqual([
      ["Odense", 10],
      ["Malmö", 5],
    ]);
  });

  it("adds up to 100 for a city that matches on everything", () => {
    const twin = candidate({
      ...aarhus,
      cityId: "cty_twin",
      name: "Twin",
      publishedThemes: Object.fromEntries(aarhus.priorities.map((theme) => [theme, 3])),
    });
    expect(Object.values(MATCH_WEIGHTS).reduce((a: number, b) => a + b, 0)).toBe(100);
    expect(rankSimilarCities(aarhus, [twin], 1).suggestions[0]?.score).toBe(100);
  });

  it("says a suspended member is suspended, and scores it as any other", () => {
    const suspended = { ...malmo, membershipStatus: "suspended" as const };
    const [active] = rankSimilarCities(aarhus, [malmo], 1).suggestions;
    const [marked] = rankSimilarCities(aarhus, [suspended], 1).suggestions;
    expect(marked).toEqual({ ...active, membershipStatus: "suspended" });
  });
});
