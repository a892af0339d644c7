import { COURSE_LEVELS, LESSON_KINDS, UI_LOCALES } from "@alliance/core/web";
import { describe, expect, it } from "vitest";
import coursesEn from "../../../i18n/courses.en.json" with { type: "json" };
import coursesFr from "../../../i18n/courses.fr.json" with { type: "json" };
import { renderSettled, renderStatic } from "../../../testing/render-static.tsx";
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
      ],
    },
  ],
};

const html = (showLessons: boolean) =>
  renderStatic(<CourseView course={course} showLessons={showLessons} />);

describe("CourseView", () => {
  it("shows the facts and the outline with lesson titles only", () => {
    const page = html(false);
    expect(page).toContain("<dd>Introductory</dd>");
    expect(page).toContain("<dd>1 hour 30 minutes</dd>");
    expect(page).toContain("<dt>Version</dt><dd>2, published on March 12, 2026</dd>");
    expect(page).toContain('<h3>Module 1: <span lang="fr">Les bases</span></h3>');
    expect(page).toMatch(/Lire ceci<\/span><span class="card__meta"> \(Text\)/);
    expect(page).toMatch(/Vérifier<\/span><span class="card__meta"> \(Quiz, optional\)/);
    expect(page).not.toContain("important");
    expect(page).not.toContain("Vrai ?");
  });

  it("shows every lesson's content for a preview, quizzes read-only", async () => {
    const page = await renderSettled(<CourseView course={course} showLessons />);
    expect(page).toContain("<strong>important</strong>");
    expect(page).toContain("<h5>See also</h5>");
    expect(page).toContain('href="/exchange/items/xch_01JD5EEDC1TEM000000000000A"');
    expect(page).toMatch(/<input type="radio"[^>]*disabled=""/);
    expect(page).toContain("Unlimited attempts.");
    expect(page).toContain("No file yet for guide.pdf.");
  });
});

describe("course labels", () => {
  it("exist in every interface language for each level, lesson kind and duration", () => {
    const catalogues = { en: coursesEn.courses, fr: coursesFr.courses };
    expect(Object.keys(catalogues).sort()).toEqual([...UI_LOCALES].sort());
    for (const strings of Object.values(catalogues)) {
      expect(Object.keys(strings.levels).sort()).toEqual([...COURSE_LEVELS].sort());
      expect(Object.keys(strings.kinds).sort()).toEqual([...LESSON_KINDS].sort());
      expect(Object.keys(strings.filters.durations).sort()).toEqual(
        ["any", ...DURATION_NAMES].sort(),
      );
    }
  });
});
