import { beforeAll, describe, expect, it } from "vitest";
import { type Caller, ifMatch, ok, type TestContext, testContext } from "./support/context.ts";
import { courseApi, QUIZ, TEXT_LESSON } from "./support/course-fixtures.ts";

let ctx: TestContext;
let trainer: Caller;

beforeAll(async () => {
  ctx = await testContext();
  trainer = await ctx.newUser({ groups: ["trainer"] });
});

const HYPERLINK = '=HYPERLINK("http://evil.example","x")';

/** A published course whose title and lesson titles are spreadsheet formulas. */
async function formulaCourse(): Promise<string> {
  const created = await ctx.api(trainer).api.courses.$post({ json: { title: HYPERLINK } });
  expect(created.status).toBe(201);
  const { courseId } = await created.json();
  const { course, param } = courseApi(ctx, trainer, courseId);
  const modules = course.draft.modules;
  const withModule = await ok(
    modules.$post({ param, json: { title: "Basics" }, header: ifMatch(1) }),
  );
  const lessons = modules[":moduleId"].lessons;
  const lesson = { ...param, moduleId: withModule.modules[0]?.moduleId as string };
  const add = (json: typeof QUIZ, version: number) =>
    ok(lessons.$post({ param: lesson, json, header: ifMatch(version) }));
  await add({ ...TEXT_LESSON, title: "+1" }, 2);
  await add({ ...TEXT_LESSON, title: "-1" }, 3);
  await add({ ...QUIZ, title: "@SUM(A1)" }, 4);
  await ok(course.publish.$post({ param, header: ifMatch(5) }));
  return courseId;
}

describe("the course figures as CSV", () => {
  it("neutralises titles a spreadsheet would run as formulas, and keeps the figures as numbers", async () => {
    const courseId = await formulaCourse();
    const { course, param } = courseApi(ctx, trainer, courseId);
    const response = await course.stats.$get({ param, query: { format: "csv" } });
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
