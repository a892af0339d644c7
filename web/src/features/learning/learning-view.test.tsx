import type { LessonPage } from "@alliance/core/web";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { renderStatic } from "../../testing/render-static.tsx";
import { CompletedCard, InProgressCard } from "./learning-cards.tsx";
import { LessonOutline } from "./lesson-outline.tsx";
import { ProgressBar } from "./progress-bar.tsx";
import type { LearnerQuiz } from "./quiz-form.tsx";
import { QuizForm } from "./quiz-form.tsx";
import { QuizResult } from "./quiz-result.tsx";
import { QuizSection } from "./quiz-section.tsx";

const render = (node: ReactNode, lng: "en" | "fr" = "en") => {
  return renderStatic(node, { lng })
    .replaceAll(' data-discover="true"', "")
    .replaceAll("\u00a0", " ")
    .replaceAll("&#x27;", "'");
};

const figures = { title: "Prévenir", percent: 40, requiredDone: 2, requiredTotal: 5 };

const quiz: LearnerQuiz = {
  kind: "quiz",
  passMark: 70,
  attemptLimit: 3,
  questions: [
    { prompt: "Vrai ?", choice: "single", options: [{ text: "Oui" }, { text: "Non" }] },
    {
      prompt: "Lesquels ?",
      choice: "multiple",
      options: [{ text: "A" }, { text: "B" }, { text: "C" }],
    },
  ],
};

describe("ProgressBar", () => {
  it("is a progress bar named after the course, with the server's figures", () => {
    const html = render(<ProgressBar progress={figures} />);
    expect(html).toContain('role="progressbar"');
    expect(html).toContain('aria-label="Progress in Prévenir"');
    expect(html).toContain('aria-valuenow="40"');
    expect(html).toContain('aria-valuemin="0"');
    expect(html).toContain('aria-valuemax="100"');
    expect(html).toContain("width:40%");
    expect(html).toContain("40% done — 2 of 5 required lessons");
  });

  it("says 'lesson' for one and speaks French", () => {
    const one = { ...figures, percent: 0, requiredDone: 0, requiredTotal: 1 };
    expect(render(<ProgressBar progress={one} />)).toContain("0% done — 0 of 1 required lesson<");
    const fr = render(<ProgressBar progress={figures} />, "fr");
    expect(fr).toContain('aria-label="Progression dans Prévenir"');
    expect(fr).toContain("40 % effectués — 2 sur 5 leçons obligatoires");
  });

  it("keeps the bar within its track whatever it is given", () => {
    expect(render(<ProgressBar progress={{ ...figures, percent: 140 }} />)).toContain(
      'aria-valuenow="100"',
    );
  });
});

describe("CompletedCard", () => {
  it("links the certificate's code to its public verification", () => {
    const html = render(
      <CompletedCard
        course={{
          ...figures,
          percent: 100,
          courseId: "crs_1",
          language: "fr",
          versionNumber: 2,
          status: "completed",
          enrolledAt: "2026-03-01T10:00:00.000Z",
          lastActiveAt: "2026-03-12T10:00:00.000Z",
          nextLessonId: null,
          newLessons: 0,
          completedAt: "2026-03-12T10:00:00.000Z",
          certificateCode: "ALC-AAAA-BBBB-CCCC",
        }}
      />,
    );
    expect(html).toMatch(
      /<a href="\/verify\/ALC-AAAA-BBBB-CCCC"[^>]*>See it as anyone verifying it does<\/a>/,
    );
  });
});

describe("InProgressCard", () => {
  it("links to the next lesson, named uniquely, and says what is new", () => {
    const html = render(
      <InProgressCard
        course={{
          ...figures,
          courseId: "crs_1",
          language: "fr",
          versionNumber: 2,
          status: "active",
          enrolledAt: "2026-03-01T10:00:00.000Z",
          lastActiveAt: "2026-03-12T10:00:00.000Z",
          nextLessonId: "les_9",
          newLessons: 2,
          completedAt: null,
          certificateCode: null,
        }}
      />,
    );
    expect(html).toContain('<h3 lang="fr"><a href="/courses/crs_1">Prévenir</a></h3>');
    expect(html).toContain("2 new lessons since you last worked on it");
    expect(html).toContain("Last active on March 12, 2026");
    expect(html).toMatch(
      /<a class="button" href="\/learning\/crs_1\/lessons\/les_9">Resume the course<span class="visually-hidden"> <span lang="fr">Prévenir<\/span><\/span><\/a>/,
    );
  });
});

describe("QuizForm", () => {
  it("asks each question in a fieldset, radios for one answer and checkboxes for several", () => {
    const html = render(
      <QuizForm quiz={quiz} lang="fr" idBase="quiz" pending={false} onSubmit={() => {}} />,
    );
    expect(html).toContain('<legend>Question 1 of 2: <span lang="fr">Vrai ?</span></legend>');
    expect(html).toContain("Question 2 of 2:");
    expect(html).toContain("Choose all that apply.");
    expect(html.match(/type="radio"/g)).toHaveLength(2);
    expect(html.match(/type="checkbox"/g)).toHaveLength(3);
    expect(html).toContain('<label for="quiz-q1-2" lang="fr">C</label>');
    expect(html).toContain("Submit my answers");
  });
});

describe("QuizSection", () => {
  it("states the pass mark and the attempts in sentences punctuated for each language", () => {
    const page = {
      courseId: "crs_1",
      lesson: { lessonId: "les_1" },
      progress: { language: "fr", status: "active" },
      quiz: null,
    } as unknown as LessonPage;
    const section = (lng: "en" | "fr") =>
      render(
        <QuizSection
          page={page}
          quiz={{ ...quiz, attemptLimit: null }}
          onCourseCompleted={() => {}}
        />,
        lng,
      );
    expect(section("en")).toContain("<p>Pass mark: 70%. Unlimited attempts.</p>");
    expect(section("fr")).toContain("<p>Seuil de réussite\u202f: 70 %. Tentatives illimitées.</p>");
  });
});

describe("QuizResult", () => {
  const result = {
    score: 50,
    passMark: 70,
    passed: false,
    questions: [
      { correct: true, feedback: [] },
      { correct: false, feedback: [{ option: 2, text: "C n’en est pas." }] },
    ],
  };

  it("gives the score, the verdict and each question's outcome with its feedback", () => {
    const html = render(
      <QuizResult heading="Your result" result={result} quiz={quiz} lang="fr" attemptsLeft={2} />,
    );
    expect(html).toMatch(/<section[^>]*tabindex="-1"[^>]*>/);
    expect(html).toMatch(/aria-labelledby="([^"]+)".*<h2 id="\1">Your result<\/h2>/);
    expect(html).toContain("Score: 50% — pass mark 70%");
    expect(html).toContain("<strong>Not passed yet</strong>");
    expect(html).toContain("Question 1: Correct");
    expect(html).toContain("Question 2: Not correct");
    expect(html).toContain('<span class="quiz-result__option" lang="fr">C</span> — ');
    expect(html).toContain("C n’en est pas.");
    expect(html).toContain("You have 2 attempts left.");
  });

  it("says passed, and nothing about attempts when not asked", () => {
    const html = render(
      <QuizResult
        heading="Your result"
        result={{ ...result, score: 100, passed: true }}
        quiz={quiz}
        lang="fr"
      />,
    );
    expect(html).toContain("<strong>Passed</strong>");
    expect(html).not.toContain("attempt");
  });
});

describe("LessonOutline", () => {
  it("lists every lesson as a link with its state in words, the current one marked", () => {
    const lesson = (
      lessonId: string,
      state: { done?: boolean; isNew?: boolean; optional?: boolean },
    ) => ({
      lessonId,
      title: `Leçon ${lessonId}`,
      kind: "text" as const,
      optional: false,
      done: false,
      isNew: false,
      ...state,
    });
    const html = render(
      <LessonOutline
        currentLessonId="les_b"
        progress={{
          ...figures,
          courseId: "crs_1",
          language: "fr",
          versionNumber: 1,
          status: "active",
          enrolledAt: "2026-03-01T10:00:00.000Z",
          lastActiveAt: "2026-03-01T10:00:00.000Z",
          nextLessonId: "les_b",
          newLessons: 1,
          completedAt: null,
          certificateCode: null,
          modules: [
            {
              moduleId: "mod_1",
              title: "Bases",
              lessons: [
                lesson("les_a", { done: true }),
                lesson("les_b", { isNew: true }),
                lesson("les_c", { optional: true }),
              ],
            },
          ],
        }}
      />,
    );
    expect(html).toContain("<summary>Course outline</summary>");
    expect(html).toContain('<h3>Module 1: <span lang="fr">Bases</span></h3>');
    expect(html).toMatch(
      /les_a"><span lang="fr">Leçon les_a<\/span><\/a><span[^>]*> <span[^>]*><span aria-hidden="true">✓ <\/span>Done/,
    );
    expect(html).toMatch(/aria-current="page" href="\/learning\/crs_1\/lessons\/les_b"/);
    expect(html).toMatch(/les_b<\/span><\/a><span[^>]*> <span[^>]*>New/);
    expect(html).toMatch(/les_c<\/span><\/a><span[^>]*> <span[^>]*>Optional/);
    expect(html.match(/aria-current/g)).toHaveLength(1);
  });
});
