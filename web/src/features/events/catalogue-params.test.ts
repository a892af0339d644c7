import { describe, expect, it } from "vitest";
import { catalogueQuery, filtersFrom, paramsOf } from "./catalogue-params.ts";

describe("the events catalogue's filters in the URL", () => {
  it("reads known values and drops unknown ones", () => {
    const filters = filtersFrom(
      new URLSearchParams("when=past&type=webinar&theme=nonsense&format=online&country=FR"),
    );
    expect(filters).toEqual({
      when: "past",
      chosen: { type: "webinar", format: "online", country: "FR" },
    });
  });

  it("defaults to upcoming and round-trips through the URL", () => {
    const filters = filtersFrom(new URLSearchParams("language=fr"));
    expect(filters.when).toBe("upcoming");
    expect(paramsOf(filters).toString()).toBe("language=fr");
    expect(filtersFrom(paramsOf(filters))).toEqual(filters);
  });

  it("asks the API with its own parameter names", () => {
    expect(catalogueQuery(filtersFrom(new URLSearchParams("type=workshop")))).toEqual({
      when: "upcoming",
      type: "workshop",
    });
  });
});
