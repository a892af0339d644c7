import { UI_LOCALES } from "@alliance/core/web";
import { describe, expect, it } from "vitest";
import { acceptedLanguages, requestLocale } from "./request-locale.ts";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("acceptedLanguages", () => {
  it("orders the tags by weight, keeps the header's order on ties and drops q=0 and *", () => {
    expect(acceptedLanguages("de-AT, fr;q=0.8, en-GB;q=0.9, *;q=0.1, it;q=0")).toEqual([
      "de-AT",
      "en-GB",
      "fr",
    ]);
    expect(acceptedLanguages(null)).toEqual([]);
    expect(acceptedLanguages("fr;q=abc")).toEqual([]);
  });
});

describe("requestLocale", () => {
  it("prefers the language chosen on the device (the lang cookie)", () => {
    const request = headers({ cookie: "a=1; lang=fr; b=2", "accept-language": "en-GB" });
    expect(requestLocale(request)).toBe("fr");
  });

  it("else takes the first of the browser's languages that the interface speaks", () => {
    expect(requestLocale(headers({ "accept-language": "it-IT, fr-BE;q=0.7, en;q=0.5" }))).toBe(
      "fr",
    );
    expect(requestLocale(headers({ cookie: "lang=xx", "accept-language": "fr-CA" }))).toBe("fr");
  });

  it.each(UI_LOCALES)(
    "renders in %s when the device chose it or the browser speaks it",
    (locale) => {
      expect(requestLocale(headers({ cookie: `lang=${locale}`, "accept-language": "it" }))).toBe(
        locale,
      );
      const regional = `${locale}-${locale.toUpperCase()}, en;q=0.5`;
      expect(requestLocale(headers({ "accept-language": regional }))).toBe(locale);
    },
  );

  it("else the default language", () => {
    expect(requestLocale(headers({}))).toBe("en");
    expect(requestLocale(headers({ "accept-language": "pt-PT, it" }))).toBe("en");
  });
});
