import { describe, expect, it } from "vitest";
import {
  averageAttempts,
  barWidth,
  fileNameFrom,
  formatFigure,
  funnelRows,
  percentOf,
  quizRows,
} from "./figures.ts";

describe("percentOf", () => {
  it("rounds to a whole percent", () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(5, 10)).toBe(50);
    expect(percentOf(10, 10)).toBe(100);
  });

  it("is 0 when there is no whole, or no part", () => {
    expect(percentOf(0, 0)).toBe(0);
    expect(percentOf(3, 0)).toBe(0);
    expect(percentOf(0, 12)).toBe(0);
  });

  it("never reads 0 for someone nor 100 for not everyone", () => {
    expect(percentOf(1, 300)).toBe(1);
    expect(percentOf(299, 300)).toBe(99);
  });

  it("tells when more learners did a lesson than are enrolled now", () => {
    expect(percentOf(12, 10)).toBe(120);
  });
});

describe("barWidth", () => {
  it("stays within its track", () => {
    expect(barWidth(3, 0)).toBe(0);
    expect(barWidth(0, 4)).toBe(0);
    expect(barWidth(1, 4)).toBe(25);
    expect(barWidth(12, 10)).toBe(100);
  });
});

describe("averageAttempts", () => {
  it("gives attempts per learner who tried, to one decimal", () => {
    expect(averageAttempts(7, 4)).toBe(1.8);
    expect(averageAttempts(10, 3)).toBe(3.3);
    expect(averageAttempts(4, 4)).toBe(1);
  });

  it("is null when nobody tried", () => {
    expect(averageAttempts(0, 0)).toBeNull();
  });
});

describe("funnelRows and quizRows", () => {
  it("keep the course order and compute each share of those enrolled", () => {
    const rows = funnelRows({
      enrolled: 8,
      lessons: [
        { lessonId: "les_1", title: "Read", kind: "text", optional: false, done: 8 },
        { lessonId: "les_2", title: "Check", kind: "quiz", optional: true, done: 2 },
      ],
    });
    expect(rows).toEqual([
      {
        lessonId: "les_1",
        title: "Read",
        isQuiz: false,
        optional: false,
        done: 8,
        enrolled: 8,
        percent: 100,
        width: 100,
      },
      {
        lessonId: "les_2",
        title: "Check",
        isQuiz: true,
        optional: true,
        done: 2,
        enrolled: 8,
        percent: 25,
        width: 25,
      },
    ]);
  });

  it("give a pass rate of those who tried, and no average for an untried quiz", () => {
    const quiz = { lessonId: "les_2", title: "Check", passRate: 0, averageAttempts: 0 };
    const rows = quizRows({
      quizzes: [
        { ...quiz, attempters: 3, attempts: 5, passes: 2 },
        { ...quiz, lessonId: "les_3", attempters: 0, attempts: 0, passes: 0 },
      ],
    });
    expect(
      rows.map(({ passRate, width, averageAttempts }) => ({ passRate, width, averageAttempts })),
    ).toEqual([
      { passRate: 67, width: 67, averageAttempts: 1.7 },
      { passRate: 0, width: 0, averageAttempts: null },
    ]);
  });
});

describe("formatFigure", () => {
  it("writes numbers the way the interface language does", () => {
    expect(formatFigure(1234, "en")).toBe("1,234");
    expect(formatFigure(1.5, "en")).toBe("1.5");
    expect(formatFigure(1.5, "fr")).toBe("1,5");
    expect(formatFigure(1234, "fr")).toBe("1\u202f234");
  });
});

describe("fileNameFrom", () => {
  const fallback = "course-crs_1-statistics.csv";

  it("reads the quoted or bare file name", () => {
    expect(fileNameFrom('attachment; filename="course-crs_1-figures.csv"', fallback)).toBe(
      "course-crs_1-figures.csv",
    );
    expect(fileNameFrom("attachment; filename=figures.csv", fallback)).toBe("figures.csv");
  });

  it("prefers the encoded name and drops any path", () => {
    expect(
      fileNameFrom(
        "attachment; filename=\"plain.csv\"; filename*=UTF-8''chiffres%20cl%C3%A9s.csv",
        fallback,
      ),
    ).toBe("chiffres clés.csv");
    expect(fileNameFrom('attachment; filename="../../etc/figures.csv"', fallback)).toBe(
      "figures.csv",
    );
  });

  it("falls back when the header gives no name", () => {
    expect(fileNameFrom(null, fallback)).toBe(fallback);
    expect(fileNameFrom("attachment", fallback)).toBe(fallback);
    expect(fileNameFrom('attachment; filename=""', fallback)).toBe(fallback);
  });
});
