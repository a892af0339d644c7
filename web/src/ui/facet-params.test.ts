import { describe, expect, it } from "vitest";
import { withFacetValue } from "./facet-params.ts";

describe("withFacetValue", () => {
  const filters = { q: "water", facets: { theme: ["energy"], level: [] as string[] } };

  it("ticks a value in one facet and keeps the other filters", () => {
    expect(withFacetValue(filters, "theme", "water", true)).toEqual({
      q: "water",
      facets: { theme: ["energy", "water"], level: [] },
    });
  });

  it("unticks a value without touching the original filters", () => {
    expect(withFacetValue(filters, "theme", "energy", false).facets.theme).toEqual([]);
    expect(filters.facets.theme).toEqual(["energy"]);
  });
});
