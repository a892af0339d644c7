import { describe, expect, it } from "vitest";
import { renderSitemap } from "./sitemap-xml.ts";

describe("renderSitemap", () => {
  it("writes a urlset with each address and, where known, when it last changed", () => {
    const xml = renderSitemap([
      { loc: "https://alliance.example.eu/" },
      { loc: "https://alliance.example.eu/courses/crs_1", lastmod: "2026-01-05T09:00:00.000Z" },
    ]);
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        "<url><loc>https://alliance.example.eu/</loc></url>",
        "<url><loc>https://alliance.example.eu/courses/crs_1</loc><lastmod>2026-01-05T09:00:00.000Z</lastmod></url>",
        "</urlset>",
        "",
      ].join("\n"),
    );
  });

  it("escapes what XML would otherwise read as markup", () => {
    const xml = renderSitemap([{ loc: "https://a.example/?x=1&y=<2>'\"" }]);
    expect(xml).toContain("<loc>https://a.example/?x=1&amp;y=&lt;2&gt;&apos;&quot;</loc>");
  });
});
