import { beforeAll, describe, expect, it } from "vitest";
import { type Caller, type TestContext, testContext } from "./support/context.ts";
import { courses, QUIZ, step, TEXT_LESSON } from "./support/course-fixtures.ts";

let ctx: TestContext;
let trainer: Caller;

beforeAll(async () => {
  ctx = await testContext();
  trainer = await ctx.newUser({ groups: ["trainer"] });
});

const HYPERLINK = '=HYPERLINK("http://evil.example","x")';

/** A published course whose title and lesson titles are spreadsheet formulas. */
async function formulaCourse(): Promise<string> {
  const created = await ctx.call(trainer, "POST", courses, { title: HYPERLINK });
  expect(created.status).toBe(201);
  const { courseId } = await created.json();
  const draft = `${courses}/${courseId}/draft`;
  const withModule = await step(ctx, trainer, "POST", `${draft}/modules`, 1, { title: "Basics" });
  const lessons = `${draft}/modules/${withModule.modules[0].moduleId}/lessons`;
  await step(ctx, trainer, "POST", lessons, 2, { ...TEXT_LESSON, title: "+1" });
  await step(ctx, trainer, "POST", lessons, 3, { ...TEXT_LESSON, title: "-1" });
  await step(ctx, trainer, "POST", lessons, 4, { ...QUIZ, title: "@SUM(A1)" });
  await step(ctx, trainer, "POST", `${courses}/${courseId}/publish`, 5);
  return courseId;
}

describe("the course figures as CSV", () => {
  it("neutralises titles a spreadsheet would run as formulas, and keeps the figures as numbers", async () => {
    const courseId = await formulaCourse();
    const response = await ctx.call(trainer, "GET", `${courses}/${courseId}/stats?format=csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const lines = (await response.text()).split("\r\n");
    expect(lines[0]).toBe(
      "course,version,enrolled,active_30_days,completed,completion_rate_percent",
    );
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://evil.example"",""x"")",1,0,0,0,0`);
    expect(lines.slice(4, 7).map((line) => line.split(",").slice(1))).toEqual([
      [`"'+1"`, "text", "false", "0"],
      [`"'-1"`, "text", "false", "0"],
      [`"'@SUM(A1)"`, "quiz", "false", "0"],
    ]);
    expect(lines[9]?.split(",").slice(1)).toEqual([`"'@SUM(A1)"`, "0", "0", "0", "0", "0"]);
  });
});
