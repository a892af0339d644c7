// @vitest-environment happy-dom
import { COURSE_LEVELS, LESSON_KINDS, UI_LOCALES } from "@alliance/core/web";
import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type coursesEn from "../../../i18n/courses.en.json";
import {
  answerJson,
  answerProblem,
  answerRequests,
  TEST_TOKEN,
} from "../../../testing/api-answers.ts";
import { catalogues as all } from "../../../testing/catalogues.ts";
import { renderWithApp } from "../../../testing/render-with-app.tsx";
import { DURATION_NAMES } from "./catalogue-params.ts";
import { CourseView, type CourseViewData } from "./course-view.tsx";

const course: CourseViewData = {
  courseId: "crs_01JD5EEDC0URSE000000000000",
  summary: "What a mayor can do.",
  description: "# Why\n\nBecause.",
  objectives: ["Spot the signs"],
  audience: "Mayors",
  language: "fr",
  level: "introductory",
  durationMinutes: 90,
  themes: ["education"],
  trainers: [{ userId: "usr_1", displayName: "Ana Silva" }],
  versionNumber: 2,
  publishedAt: "2026-03-12T10:00:00.000Z",
  modules: [
    {
      moduleId: "mod_1",
      title: "Les bases",
      lessons: [
        {
          lessonId: "les_1",
          title: "Lire ceci",
          optional: false,
          citations: ["xch_01JD5EEDC1TEM000000000000A"],
          content: { kind: "text", body: "Texte **important**." },
        },
        {
          lessonId: "les_2",
          title: "Vérifier",
          optional: true,
          citations: [],
          content: {
            kind: "quiz",
            questions: [
              { prompt: "Vrai ?", choice: "single", options: [{ text: "Oui" }, { text: "Non" }] },
            ],
            passMark: 70,
            attemptLimit: null,
          },
        },
        {
          lessonId: "les_3",
          title: "Le guide",
          optional: false,
          citations: [],
          content: { kind: "document", fileName: "guide.pdf", attachmentId: null },
        },
        {
          lessonId: "les_4",
          title: "Le modèle",
          optional: false,
          citations: [],
          content: { kind: "document", fileName: "modele.docx", attachmentId: "att_1" },
        },
      ],
    },
  ],
};

const cited = "xch_01JD5EEDC1TEM000000000000A";

/** The course, the API answering the cited item with `item` (a 404 without). */
function view(showLessons: boolean, item?: { title: string }) {
  const calls = answerRequests((call) => {
    if (call.url.pathname === `/api/exchange/items/${cited}`) {
      return item ? answerJson({ ...item, itemId: cited }) : answerProblem(404, "not-found");
    }
    if (call.url.pathname.startsWith("/api/courses/"))
      return answerJson({ url: "https://files.example/m" });
    return answerProblem(404, "not-found");
  });
  return { calls, ...renderWithApp(<CourseView course={course} showLessons={showLessons} />) };
}

/** The course's facts as a reader hears them: each term with its value. */
function facts(): Record<string, string> {
  const terms = screen.getAllByRole("term").map((term) => term.textContent ?? "");
  const values = screen.getAllByRole("definition").map((value) => value.textContent ?? "");
  return Object.fromEntries(terms.map((term, at) => [term, values[at] ?? ""]));
}

// The Markdown renderer's chunk, downloaded as a browser would have by the time one looks.
beforeAll(() => import("../../../ui/markdown-renderer.tsx"));
afterEach(() => vi.restoreAllMocks());

describe("CourseView", () => {
  it("shows the facts and the outline with lesson titles only", () => {
    const { calls } = view(false);
    expect(facts()).toMatchObject({
      Level: "Introductory",
      Duration: "1 hour 30 minutes",
      Trainers: "Ana Silva",
      Version: "2, published on March 12, 2026",
    });
    const outline = screen.getByRole("region", { name: "Outline" });
    expect(within(outline).getByRole("heading", { level: 3 }).textContent).toBe(
      "Module 1: Les bases",
    );
    const lessons = within(outline)
      .getAllByRole("listitem")
      .map((lesson) => lesson.textContent);
    expect(lessons.slice(0, 2)).toEqual(["Lire ceci (Text)", "Vérifier (Quiz, optional)"]);
    expect(screen.queryByText("important")).toBeNull();
    expect(screen.queryByText("Vrai ?")).toBeNull();
    expect(calls).toHaveLength(0);
  });

  it("shows every lesson's content for a preview, quizzes read-only", async () => {
    view(true, { title: "One front door" });
    expect((await screen.findByText("important")).tagName).toBe("STRONG");
    expect(screen.getByRole("heading", { level: 5, name: "See also" })).toBeTruthy();
    const citation = await screen.findByRole("link", { name: "One front door" });
    expect(citation.getAttribute("href")).toBe(`/exchange/items/${cited}`);
    const yes = screen.getByRole("radio", { name: "Oui" }) as HTMLInputElement;
    expect(yes.disabled).toBe(true);
    expect(screen.getByText(/Unlimited attempts\./)).toBeTruthy();
    expect(screen.getByText("No file yet for guide.pdf.")).toBeTruthy();
  });

  it("names a cited item by its number when it cannot be read", async () => {
    const { calls } = view(true);
    await waitFor(() => expect(calls.some((call) => call.url.pathname.includes(cited))).toBe(true));
    expect(screen.getByRole("link", { name: "Exchange item 1" })).toBeTruthy();
  });

  it("fetches a lesson's document with the person's token when it is opened", async () => {
    const assign = vi.spyOn(window.location, "assign").mockImplementation(() => {});
    const { calls, user } = view(true, { title: "One front door" });
    await user.click(screen.getByRole("link", { name: "Download modele.docx" }));
    await waitFor(() => expect(assign).toHaveBeenCalledWith("https://files.example/m"));
    const request = calls.find((call) => call.url.pathname.includes("/documents/"));
    expect(request?.url.pathname).toBe(`/api/courses/${course.courseId}/documents/att_1`);
    expect(request?.url.searchParams.get("as")).toBe("link");
    expect(request?.headers.get("authorization")).toBe(`Bearer ${TEST_TOKEN}`);
  });
});

describe("course labels", () => {
  it("exist in every interface language for each level, lesson kind and duration", () => {
    expect(Object.keys(all).sort()).toEqual([...UI_LOCALES].sort());
    for (const catalogue of Object.values(all)) {
      const strings = (catalogue as unknown as typeof coursesEn).courses;
      expect(Object.keys(strings.levels).sort()).toEqual([...COURSE_LEVELS].sort());
      expect(Object.keys(strings.kinds).sort()).toEqual([...LESSON_KINDS].sort());
      expect(Object.keys(strings.filters.durations).sort()).toEqual(
        ["any", ...DURATION_NAMES].sort(),
      );
    }
  });
});
