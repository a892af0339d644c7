import { describe, expect, it } from "vitest";
import { baseKeys, catalogues } from "../testing/catalogues.ts";
import { FLASH_KEYS } from "./flash-message.tsx";

describe("flash messages", () => {
  it("has a label for every flash message a page can leave", () => {
    const keys = baseKeys(catalogues.en);
    const needed = FLASH_KEYS.map((flash) => `flash.${flash}`);
    expect(needed.filter((key) => !keys.has(key))).toEqual([]);
  });
});
