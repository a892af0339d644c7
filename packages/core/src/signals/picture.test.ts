import { describe, expect, it } from "vitest";
import { type Counted, pictureCells } from "./picture.ts";

const seen = (cityId: string, overrides: Partial<Counted> = {}): Counted => ({
  cityId,
  country: "DK",
  theme: "hate-incidents",
  period: "2026-11",
  direction: "rising",
  intensity: "medium",
  ...overrides,
});

describe("the picture's cells", () => {
  it("give each city one vote: three observations of one city do not outweigh two cities", () => {
    const [cell] = pictureCells(
      [
        seen("a", { direction: "falling" }),
        seen("a", { direction: "falling" }),
        seen("a", { direction: "falling" }),
        seen("b"),
        seen("c"),
      ],
      null,
    );
    expect(cell).toMatchObject({ shown: true, cities: 3, observations: 5, direction: "rising" });
  });

  it("say mixed when no direction holds a majority of cities, and take the median intensity", () => {
    const [cell] = pictureCells(
      [
        seen("a", { direction: "falling", intensity: "low" }),
        seen("b", { direction: "stable", intensity: "high" }),
        seen("c", { intensity: "high" }),
      ],
      null,
    );
    expect(cell).toMatchObject({ direction: "mixed", intensity: "high" });
  });

  it("need three cities besides the viewer's own, and say nothing else when hidden", () => {
    const three = [seen("a"), seen("b"), seen("c")];
    expect(pictureCells(three, "d")[0]).toMatchObject({ shown: true });
    expect(pictureCells(three, "a")[0]).toEqual({
      theme: "hate-incidents",
      country: "DK",
      month: "2026-11",
      shown: false,
    });
    expect(pictureCells([...three, seen("d")], "a")[0]).toMatchObject({ shown: true, cities: 4 });
  });

  it("keep themes, countries and months apart", () => {
    const cells = pictureCells(
      [seen("a"), seen("b", { country: "SE" }), seen("c", { period: "2026-10" })],
      null,
    );
    expect(cells.map((cell) => [cell.country, cell.month, cell.shown])).toEqual([
      ["DK", "2026-10", false],
      ["DK", "2026-11", false],
      ["SE", "2026-11", false],
    ]);
  });
});
