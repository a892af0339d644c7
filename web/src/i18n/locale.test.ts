import { DEFAULT_LOCALE } from "@alliance/core/web";
import { afterEach, describe, expect, it, vi } from "vitest";
import { initialLocale, LOCALE_STORAGE_KEY } from "./locale.ts";

function fakeStorage(entries: Record<string, string>) {
  return { getItem: (key: string) => entries[key] ?? null, setItem: vi.fn() };
}

describe("initialLocale", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("uses the first browser language the interface speaks", () => {
    expect(initialLocale(["it-CH", "fr-BE", "en"])).toBe("fr");
    expect(initialLocale(["pt-PT"])).toBe(DEFAULT_LOCALE);
  });

  it("prefers a choice made on this device, and ignores a stored value it does not know", () => {
    vi.stubGlobal("localStorage", fakeStorage({ [LOCALE_STORAGE_KEY]: "fr" }));
    expect(initialLocale(["en-GB"])).toBe("fr");
    vi.stubGlobal("localStorage", fakeStorage({ [LOCALE_STORAGE_KEY]: "xx" }));
    expect(initialLocale(["en-GB"])).toBe("en");
  });
});
