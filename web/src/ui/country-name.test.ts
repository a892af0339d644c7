import { describe, expect, it } from "vitest";
import { displayName } from "./country-name.ts";

describe("displayName", () => {
  it("names a region and a language in the given language", () => {
    expect(displayName("en", "region", "FR")).toBe("France");
    expect(displayName("fr", "region", "DE")).toBe("Allemagne");
    expect(displayName("en", "language", "nl")).toBe("Dutch");
  });

  it("answers the code where the browser cannot name it", () => {
    expect(displayName("not a language tag", "region", "FR")).toBe("FR");
  });
});
