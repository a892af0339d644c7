import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildAccessibilityRecord, RECORD_FILE } from "../../scripts/accessibility-record.ts";

/**
 * The accessibility statement lists what the browser tests check from a committed file
 * (decision 0047). Adding, removing or renaming an axe check or a page of the e2e suite
 * without regenerating it fails here, so the statement cannot drift from the tests.
 */
describe("the accessibility statement's record of the browser tests", () => {
  const committed = JSON.parse(readFileSync(RECORD_FILE, "utf8"));

  it("is what the e2e suite checks now (run `pnpm accessibility-record` after changing it)", () => {
    expect(committed).toEqual(buildAccessibilityRecord());
  });

  it("covers every page of the suite and the legal pages' own axe checks", () => {
    expect(committed.pages.length).toBeGreaterThan(30);
    const checks = committed.journeys.flatMap((journey: { checks: string[] }) => journey.checks);
    expect(checks).toEqual(expect.arrayContaining(["accessibility statement (fr)"]));
    expect(committed.rules).toEqual(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  });
});
