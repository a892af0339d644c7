import { describe, expect, it } from "vitest";
import { activeFilterCount, apiQueryOf, filtersFrom, paramsOf } from "./catalogue-params.ts";

describe("catalogue search in the URL", () => {
  it("round-trips a search through the URL, leaving out what is not chosen", () => {
    const filters = filtersFrom(
      new URLSearchParams("q= mayor &theme=education,youth-work&level=advanced&duration=medium"),
    );
    expect(filters).toEqual({
      q: "mayor",
      facets: { theme: ["education", "youth-work"], language: [], level: ["advanced"] },
      duration: "medium",
    });
    expect(paramsOf(filters).toString()).toBe(
      "q=mayor&theme=education&theme=youth-work&level=advanced&duration=medium",
    );
    expect(activeFilterCount(filters)).toBe(4);
    expect(paramsOf(filtersFrom(new URLSearchParams(""))).toString()).toBe("");
  });

  it("drops values the API would refuse, and repeated ones", () => {
    const filters = filtersFrom(
      new URLSearchParams(
        "theme=poetry&language=xx&language=fr&language=fr&level=expert&duration=8h",
      ),
    );
    expect(filters.facets).toEqual({ theme: [], language: ["fr"], level: [] });
    expect(filters.duration).toBeNull();
  });

  it("sends each duration range as bounds that do not overlap", () => {
    const query = (duration: string) => apiQueryOf(filtersFrom(new URLSearchParams({ duration })));
    expect(query("short")).toEqual({ maxMinutes: "59" });
    expect(query("medium")).toEqual({ minMinutes: "60", maxMinutes: "180" });
    expect(query("long")).toEqual({ minMinutes: "181" });
  });

  it("sends only the filters in use", () => {
    const filters = filtersFrom(new URLSearchParams("language=de&language=nl&q=%20"));
    expect(apiQueryOf(filters)).toEqual({ language: ["de", "nl"] });
  });
});
