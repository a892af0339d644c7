import { pictureCells } from "@alliance/core";
import { describe, expect, it } from "vitest";
import { DEMO_CITIES } from "./demo-cities.ts";
import { demoSignalRows } from "./demo-signals.ts";

const aarhus = DEMO_CITIES[0]?.cityId ?? "";

describe("the demo observations", () => {
  const { observations } = demoSignalRows(new Date("2026-12-04T12:00:00Z"));
  const approved = observations.filter((observation) => observation.status === "approved");

  it("give the picture cells to show and cells to hide, for Aarhus's members too", () => {
    for (const viewer of [null, aarhus]) {
      const cells = pictureCells(approved, viewer);
      expect(cells.some((cell) => cell.shown)).toBe(true);
      expect(cells.some((cell) => !cell.shown)).toBe(true);
    }
    const forAarhus = pictureCells(approved, aarhus);
    const campaigns = forAarhus.filter(
      (cell) => cell.theme === "online-campaigns" && cell.country === "DK",
    );
    expect(campaigns.map((cell) => [cell.month, cell.shown])).toEqual([
      ["2026-09", false],
      ["2026-10", true],
      ["2026-11", true],
      ["2026-12", true],
    ]);
  });

  it("leave one waiting for review and one sent back, of Aarhus", () => {
    expect(
      observations.filter((observation) => observation.status !== "approved").map((o) => o.cityId),
    ).toEqual([aarhus, aarhus]);
    expect(new Set(observations.map((observation) => observation.observationId)).size).toBe(
      observations.length,
    );
  });
});
