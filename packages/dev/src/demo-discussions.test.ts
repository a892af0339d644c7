import { answerFormSchema, isId, questionFormSchema, subjectSchema } from "@alliance/core";
import { describe, expect, it } from "vitest";
import { DEMO_COURSES } from "./demo-courses.ts";
import { DEMO_DISCUSSIONS, demoDiscussionRows } from "./demo-discussions.ts";
import { DEMO_ITEMS } from "./demo-items.ts";

describe("demo discussions", () => {
  it("are on two published items and one course", () => {
    const subjects = DEMO_DISCUSSIONS.map((demo) => demo.subject);
    const published = DEMO_ITEMS.filter((item) => item.status === "published");
    expect(
      subjects.filter((s) => published.some((item) => s === `item:${item.itemId}`)),
    ).toHaveLength(2);
    expect(
      subjects.filter((s) => DEMO_COURSES.some((c) => s === `course:${c.courseId}`)),
    ).toHaveLength(1);
  });

  it("hold one reported post for the administrators' queue", () => {
    const flags = DEMO_DISCUSSIONS.flatMap((demo) => demoDiscussionRows(demo).flags);
    expect(flags).toHaveLength(1);
  });

  it.each(DEMO_DISCUSSIONS.map((demo) => [demo.question.title, demo] as const))(
    "%s holds posts core accepts, with their log",
    (_title, demo) => {
      expect(subjectSchema.parse(demo.subject)).toBe(demo.subject);
      const rows = demoDiscussionRows(demo);
      expect(
        questionFormSchema.parse({ title: rows.question.title, body: rows.question.body }),
      ).toBeTruthy();
      expect(isId("qst", rows.question.questionId)).toBe(true);
      for (const answer of rows.answers) {
        expect(answerFormSchema.parse({ body: answer.body })).toBeTruthy();
        expect(isId("ans", answer.answerId)).toBe(true);
      }
      const accepted = rows.question.acceptedAnswerId;
      if (accepted) expect(rows.answers.map((answer) => answer.answerId)).toContain(accepted);
      expect(rows.events.map((event) => event.action)).toEqual([
        "asked",
        ...rows.answers.map(() => "answered"),
        ...(accepted ? ["accepted"] : []),
        ...rows.reports.map(() => "reported"),
      ]);
      for (const flag of rows.flags) {
        expect(rows.answers.map((answer) => answer.answerId)).toContain(flag.postId);
        expect(flag.reportCount).toBe(
          rows.reports.filter((report) => report.postId === flag.postId).length,
        );
      }
      expect(rows.count.answerCount).toBe(rows.answers.length);
    },
  );
});
