// @vitest-environment happy-dom
import type { CourseSummary, CataloguePage as Page } from "@alliance/core/web";
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { answerJson, answerRequests } from "../../../testing/api-answers.ts";
import { announcements, renderWithApp } from "../../../testing/render-with-app.tsx";
import { withSiteStyles } from "../../../testing/site-styles.ts";
import { Component as CataloguePage } from "./catalogue-page.tsx";

// The filters panel's title and toggle: the stylesheet shows one (ui/filters-panel.tsx).
withSiteStyles();

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

/** The catalogue at `path`, the API answering every search with `page`. */
function catalogue(path = "/courses") {
  const calls = answerRequests(() => answerJson(page));
  return { calls, ...renderWithApp(<CataloguePage />, { route: "/courses", path }) };
}

/** The options of one filter group, as their labels are read. */
function options(legend: string): string[] {
  const group = screen.getByRole("group", { name: legend });
  return within(group)
    .getAllByRole("checkbox")
    .map((box) => ((box as HTMLInputElement).labels?.[0]?.textContent ?? "").trim());
}

describe("the course catalogue", () => {
  it("titles each result one level below the results' heading, and counts them", async () => {
    catalogue();
    const title = await screen.findByRole("heading", { level: 3, name: "Local prevention" });
    expect(within(title).getByRole("link").getAttribute("href")).toBe("/courses/crs_1");
    const results = screen.getByRole("region", { name: "Courses found" });
    expect(within(results).getByRole("heading", { level: 2 }).textContent).toBe("Courses found");
    expect(announcements()).toContain("3 courses found.");
  });

  it("lists only the languages of some course, with counts", async () => {
    catalogue();
    await screen.findByRole("heading", { name: "Local prevention" });
    expect(options("Language")).toEqual(["English (2)", "French (1)"]);
    expect(options("Level")).toEqual(["Introductory (3)", "Intermediate (0)", "Advanced (0)"]);
  });

  it("keeps a language chosen in the URL listed, ticked, so it can be unticked", async () => {
    const { calls, user, router } = catalogue("/courses?language=de");
    await screen.findByRole("heading", { name: "Local prevention" });
    expect(options("Language")).toEqual(["English (2)", "French (1)", "German (0)"]);
    const german = screen.getByRole("checkbox", { name: "German (0)" }) as HTMLInputElement;
    expect(german.checked).toBe(true);
    expect(calls[0]?.url.searchParams.getAll("language")).toEqual(["de"]);
    await user.click(german);
    expect(router.state.location.search).toBe("");
    await waitFor(() => expect(calls.at(-1)?.url.searchParams.has("language")).toBe(false));
  });

  it("searches again with each filter chosen, the URL and the request alike", async () => {
    const { calls, user, router } = catalogue();
    await screen.findByRole("heading", { name: "Local prevention" });
    await user.click(screen.getByRole("checkbox", { name: "Introductory (3)" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "Duration" }), "Under 1 hour");
    await user.type(screen.getByRole("searchbox", { name: "Search the courses" }), "mayor{Enter}");

    expect(router.state.location.search).toBe("?q=mayor&level=introductory&duration=short");
    await waitFor(() => expect(calls.at(-1)?.url.searchParams.get("q")).toBe("mayor"));
    const last = calls.at(-1);
    expect(last?.url.searchParams.getAll("level")).toEqual(["introductory"]);
    expect(last?.url.searchParams.get("maxMinutes")).toBe("59");
    expect(last?.url.searchParams.has("minMinutes")).toBe(false);
    expect(screen.getByRole("heading", { name: "Filters (2 chosen)" })).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Clear all filters" }));
    expect(router.state.location.search).toBe("?q=mayor");
  });
});
