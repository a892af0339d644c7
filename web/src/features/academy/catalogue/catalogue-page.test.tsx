import type { CourseSummary, CataloguePage as Page } from "@alliance/core/web";
import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { renderStatic } from "../../../testing/render-static.tsx";
import { Component as CataloguePage } from "./catalogue-page.tsx";
import { filtersFrom } from "./catalogue-params.ts";
import { courseQueries } from "./queries.ts";

const course: CourseSummary = {
  courseId: "crs_1",
  title: "Local prevention",
  summary: "",
  objectives: [],
  language: "en",
  themes: ["polarisation"],
  level: "introductory",
  durationMinutes: 30,
  audience: "",
  coverImageUrl: null,
  trainers: [],
  versionNumber: 1,
  publishedAt: "2026-03-01T10:00:00.000Z",
  lessonCount: 2,
};

/** The catalogue at `path`, with its first page already fetched. */
function catalogue(page: Page, path = "/courses") {
  const queryClient = new QueryClient();
  const filters = filtersFrom(new URL(path, "https://x").searchParams);
  queryClient.setQueryData(courseQueries.catalogue(filters).queryKey, {
    pages: [page],
    pageParams: [undefined],
  });
  return renderStatic(<CataloguePage />, { path, queryClient });
}

const page: Page = {
  items: [course],
  cursor: null,
  total: 3,
  facets: {
    theme: { polarisation: 1, "local-prevention-strategy": 2 },
    language: { en: 2, fr: 1 },
    level: { introductory: 3 },
  },
};

/** The options of one filter group: each label with its count. */
function options(html: string, legend: string): string[] {
  const group = html.split(`<legend>${legend}</legend>`)[1]?.split("</fieldset>")[0] ?? "";
  return [...group.matchAll(/<label[^>]*>(.*?)<\/label>/g)].map((match) =>
    (match[1] ?? "").replace(/<[^>]+>/g, ""),
  );
}

describe("the course catalogue", () => {
  it("titles each result one level below the results' heading", () => {
    const html = catalogue(page);
    expect(html).toMatch(/<h2 id="results-title"[^>]*>Courses found<\/h2>/);
    expect(html).toContain('<h3 lang="en"><a href="/courses/crs_1"');
  });

  it("lists only the languages of some course, with counts", () => {
    const html = catalogue(page);
    expect(options(html, "Language")).toEqual(["English (2)", "French (1)"]);
    expect(options(html, "Level")).toEqual([
      "Introductory (3)",
      "Intermediate (0)",
      "Advanced (0)",
    ]);
    // A language chosen in the URL stays listed, so it can be unticked.
    const chosen = catalogue(page, "/courses?language=de");
    expect(options(chosen, "Language")).toEqual(["English (2)", "French (1)", "German (0)"]);
  });
});
