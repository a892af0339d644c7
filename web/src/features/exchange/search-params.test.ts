import { describe, expect, it } from "vitest";
import { apiQueryOf, filtersFrom, paramsOf } from "./search-params.ts";

const city = "cty_01JD5EEDC1TY0000000000AARH";

describe("exchange search in the URL", () => {
  it("round-trips a search through the URL, dropping defaults", () => {
    const params = new URLSearchParams(
      `q=youth&kind=initiative&theme=education,youth-work&country=DK&cityId=${city}&sort=updated`,
    );
    const filters = filtersFrom(params);
    expect(filters.q).toBe("youth");
    expect(filters.facets.theme).toEqual(["education", "youth-work"]);
    expect(filters.facets.kind).toEqual(["initiative"]);
    expect(filters.sort).toBe("updated");
    expect(paramsOf(filters).toString()).toBe(
      `q=youth&kind=initiative&theme=education&theme=youth-work&country=DK&cityId=${city}&sort=updated`,
    );
    expect(paramsOf(filtersFrom(new URLSearchParams(""))).toString()).toBe("");
  });

  it("drops values the API would refuse", () => {
    const filters = filtersFrom(new URLSearchParams("kind=poem&language=xx&cityId=paris&sort=x"));
    expect(filters.facets.kind).toEqual([]);
    expect(filters.facets.language).toEqual([]);
    expect(filters.cityId).toEqual([]);
    expect(filters.sort).toBe("newest");
  });

  it("sends only the facets in use", () => {
    const filters = filtersFrom(new URLSearchParams("evidence=none&evidence=self-assessed"));
    expect(apiQueryOf(filters)).toEqual({ sort: "newest", evidence: ["none", "self-assessed"] });
  });
});
