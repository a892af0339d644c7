import type { CourseStats } from "@alliance/core/web";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { renderStatic } from "../../../testing/render-static.tsx";
import { funnelRows, quizRows } from "./figures.ts";
import { LessonFunnel } from "./lesson-funnel.tsx";
import { QuizResults } from "./quiz-results.tsx";

const stats: Pick<CourseStats, "enrolled" | "lessons" | "quizzes"> = {
  enrolled: 1200,
  lessons: [
    { lessonId: "les_1", title: "Spot the signs", kind: "text", optional: false, done: 900 },
    { lessonId: "les_2", title: "Check yourself", kind: "quiz", optional: true, done: 0 },
  ],
  quizzes: [
    {
      lessonId: "les_2",
      title: "Check yourself",
      attempters: 4,
      attempts: 7,
      passes: 3,
      passRate: 75,
      averageAttempts: 1.8,
    },
    {
      lessonId: "les_3",
      title: "Final check",
      attempters: 0,
      attempts: 0,
      passes: 0,
      passRate: 0,
      averageAttempts: 0,
    },
  ],
};

const render = (lng: "en" | "fr", node: ReactNode) => renderStatic(node, { lng });

describe("LessonFunnel", () => {
  it("is a table with a caption, headers and one row per lesson in course order", () => {
    const html = render("en", <LessonFunnel rows={funnelRows(stats)} />);
    expect(html).toContain(">Learners who completed each lesson</caption>");
    // On a narrow screen the table scrolls in its own box, named by the caption and focusable.
    const [, regionId, captionId] =
      /<section aria-labelledby="([^"]+)" tabindex="0" class="figures-scroll"><table class="figures"><caption id="([^"]+)">/.exec(
        html,
      ) ?? [];
    expect(regionId).toBeTruthy();
    expect(regionId).toBe(captionId);
    expect(html).toContain(
      '<th scope="col">Lesson</th><th scope="col">Completed</th><th scope="col">Share</th>',
    );
    expect(html.indexOf("Spot the signs")).toBeLessThan(html.indexOf("Check yourself"));
    expect(html).toContain('<td class="figures__number">900</td>');
    expect(html).toContain("<span>900 of 1,200 (75%)</span>");
    expect(html).toContain("<span>0 of 1,200 (0%)</span>");
    expect(html).toMatch(
      /Check yourself<span class="card__meta"> \(quiz\)<\/span><span class="card__meta"> \(optional\)<\/span>/,
    );
  });

  it("draws each share as a decorative bar of the same length beside its text", () => {
    const html = render("en", <LessonFunnel rows={funnelRows(stats)} />);
    const bars = [
      ...html.matchAll(/<svg ([^>]*)><rect width="(\d+)" height="10" class="share__fill"/g),
    ];
    expect(bars.map((bar) => bar[2])).toEqual(["75", "0"]);
    for (const [, attributes] of bars) {
      expect(attributes).toContain('aria-hidden="true"');
      expect(attributes).toContain('focusable="false"');
    }
  });

  it("writes numbers the French way in French", () => {
    const html = render("fr", <LessonFunnel rows={funnelRows(stats)} />);
    expect(html).toContain(">Apprenants ayant terminé chaque leçon</caption>");
    expect(html).toContain("<span>900 sur 1\u202f200 (75\u00a0%)</span>");
  });
});

describe("QuizResults", () => {
  it("shows who tried, the pass rate of those who tried and attempts per learner", () => {
    const html = render("en", <QuizResults rows={quizRows(stats)} />);
    expect(html).toContain(">Quiz results</caption>");
    expect(html).toContain(
      '<th scope="col">Quiz</th><th scope="col">Learners who tried</th><th scope="col">Pass rate</th><th scope="col">Average attempts</th>',
    );
    expect(html).toContain("<span>3 of 4 (75%)</span></span></td><td>1.8</td>");
    expect(html).toContain("<span>0 of 0 (0%)</span></span></td><td>No attempt yet</td>");
  });
});
