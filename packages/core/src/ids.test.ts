import { describe, expect, it } from "vitest";
import { isId, newId } from "./ids.ts";

describe("prefixed ULIDs", () => {
  it("carry their prefix and sort by creation time", async () => {
    const first = newId("usr");
    await new Promise((resolve) => setTimeout(resolve, 2));
    const second = newId("usr");
    expect(isId("usr", first)).toBe(true);
    expect(first < second).toBe(true);
  });

  it("reject another prefix or a malformed value", () => {
    expect(isId("cty", newId("usr"))).toBe(false);
    expect(isId("usr", "usr_not-a-ulid")).toBe(false);
  });
});
