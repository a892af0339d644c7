import { describe, expect, it } from "vitest";
import { courseStatsCsv, toCsv } from "./statistics-csv.ts";
import type { CourseStats } from "./statistics-schemas.ts";

const stats = (titles: { course?: string; lesson?: string; quiz?: string } = {}): CourseStats => ({
  courseId: "crs_1",
  title: titles.course ?? "Building a local strategy",
  versionNumber: 2,
  enrolled: 12,
  active30Days: 5,
  completed: 3,
  completionRate: 25,
  lessons: [
    {
      lessonId: "les_1",
      title: titles.lesson ?? "Why, and when",
      kind: "text",
      optional: false,
      done: 7,
    },
    { lessonId: "les_2", title: titles.quiz ?? "Check", kind: "quiz", optional: true, done: 4 },
  ],
  quizzes: [
    {
      lessonId: "les_2",
      title: titles.quiz ?? "Check",
      attempters: 6,
      attempts: 9,
      passes: 4,
      passRate: 67,
      averageAttempts: 1.5,
    },
  ],
});

describe("the course figures as CSV", () => {
  it("writes each table as before: headers, CRLF, quotes only where needed, no BOM", () => {
    expect(courseStatsCsv(stats())).toBe(
      [
        "course,version,enrolled,active_30_days,completed,completion_rate_percent",
        "Building a local strategy,2,12,5,3,25",
        "",
        "lesson_id,lesson,kind,optional,learners_done",
        'les_1,"Why, and when",text,false,7',
        "les_2,Check,quiz,true,4",
        "",
        "quiz_id,quiz,learners_attempted,attempts,passes,pass_rate_percent,average_attempts",
        "les_2,Check,6,9,4,67,1.5",
      ].join("\r\n"),
    );
  });

  it("neutralises a title a spreadsheet would run as a formula: a leading ' inside quotes", () => {
    const csv = courseStatsCsv(
      stats({ course: '=HYPERLINK("http://evil.example","x")', lesson: "@SUM(A1)", quiz: "-1" }),
    );
    const lines = csv.split("\r\n");
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://evil.example"",""x"")",2,12,5,3,25`);
    expect(lines[4]).toBe(`les_1,"'@SUM(A1)",text,false,7`);
    expect(lines[5]).toBe(`les_2,"'-1",quiz,true,4`);
    expect(lines[8]).toBe(`les_2,"'-1",6,9,4,67,1.5`);
  });
});

describe("a CSV cell", () => {
  it.each([
    ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ["+1", `"'+1"`],
    ["-1", `"'-1"`],
    ["@SUM(A1)", `"'@SUM(A1)"`],
    ["\tx", `"'\tx"`],
    ["\rx", `"'\rx"`],
    // Full-width forms, which Apple Numbers reads as the ASCII ones.
    ["＝1+1", `"'＝1+1"`],
  ])("%j that starts a formula comes out as text", (text, cell) => {
    expect(toCsv([[text, "next"]])).toBe(`${cell},next`);
  });

  it("leaves text that only contains those characters, and the platform's numbers, as they are", () => {
    expect(toCsv([["a=b", "x-1", "mail@city.eu", 0, 1.5, 42]])).toBe(
      "a=b,x-1,mail@city.eu,0,1.5,42",
    );
  });
});
