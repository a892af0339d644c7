import { beforeAll, describe, expect, it } from "vitest";
import { type Caller, type TestContext, testContext } from "./support/context.ts";
import { countedApp } from "./support/counted-app.ts";
import { courseOf, courses, step, TEXT_LESSON } from "./support/course-fixtures.ts";

let ctx: TestContext;
let trainer: Caller;
let coTrainer: Caller;
let otherTrainer: Caller;
let learner: Caller;

beforeAll(async () => {
  ctx = await testContext();
  [trainer, coTrainer, otherTrainer, learner] = await Promise.all([
    ctx.newUser({ groups: ["trainer"] }),
    ctx.newUser({ groups: ["trainer"] }),
    ctx.newUser({ groups: ["trainer"] }),
    ctx.newUser(),
  ]);
});

const lessonIds = (draft: { modules: Array<{ lessons: Array<{ lessonId: string }> }> }) =>
  draft.modules.map((module) => module.lessons.map((lesson) => lesson.lessonId));

describe("course authoring", () => {
  it("adds, edits, reorders and removes modules and lessons; ids never change", async () => {
    const { courseId, moduleId } = await courseOf(ctx, trainer, { publish: false });
    const draft = `${courses}/${courseId}/draft`;
    const second = await step(ctx, trainer, "POST", `${draft}/modules`, 4, { title: "Practice" });
    const otherModule = second.modules[1].moduleId;
    const [textId, quizId] = lessonIds(second)[0] as [string, string];

    await step(ctx, trainer, "PATCH", `${draft}/lessons/${textId}`, 5, { title: "Why plan" });
    await step(ctx, trainer, "POST", `${draft}/lessons/${quizId}/move`, 6, { direction: "up" });
    await step(ctx, trainer, "POST", `${draft}/lessons/${textId}/move`, 7, {
      moduleId: otherModule,
      index: 0,
    });
    await step(ctx, trainer, "POST", `${draft}/modules/${otherModule}/move`, 8, { index: 0 });
    const renamed = await step(ctx, trainer, "PATCH", `${draft}/modules/${moduleId}`, 9, {
      title: "Checks",
    });
    expect(renamed.modules.map((m: { moduleId: string }) => m.moduleId)).toEqual([
      otherModule,
      moduleId,
    ]);
    expect(lessonIds(renamed)).toEqual([[textId], [quizId]]);
    expect(renamed.modules[0].lessons[0].title).toBe("Why plan");
    expect(renamed.modules[1].title).toBe("Checks");

    const removed = await step(ctx, trainer, "DELETE", `${draft}/lessons/${quizId}`, 10);
    expect(lessonIds(removed)).toEqual([[textId], []]);
    const gone = await step(ctx, trainer, "DELETE", `${draft}/modules/${moduleId}`, 11);
    expect(lessonIds(gone)).toEqual([[textId]]);
    expect(gone.version).toBe(12);
  });

  it("answers 412 to a stale edit and 428 without If-Match, changing nothing", async () => {
    const { courseId } = await courseOf(ctx, trainer, { publish: false });
    const draft = `${courses}/${courseId}/draft`;
    const stale = await ctx.call(trainer, "PATCH", draft, { title: "Lost" }, { "if-match": '"1"' });
    expect(stale.status).toBe(412);
    expect((await ctx.call(trainer, "PATCH", draft, { title: "Lost" })).status).toBe(428);
    const current = await (await ctx.call(trainer, "GET", draft)).json();
    expect(current).toMatchObject({ title: "Building a local prevention strategy", version: 4 });
  });

  it("names the failing field of bad input and changes nothing", async () => {
    const { courseId, moduleId } = await courseOf(ctx, trainer, { publish: false });
    const draft = `${courses}/${courseId}/draft`;
    const video = await ctx.call(
      trainer,
      "POST",
      `${draft}/modules/${moduleId}/lessons`,
      { title: "Talk", content: { kind: "video", url: "https://evil.example/v", transcript: "" } },
      { "if-match": '"4"' },
    );
    expect(video.status).toBe(400);
    const fields = (await video.json()).errors.map((error: { field: string }) => error.field);
    expect(fields).toEqual(expect.arrayContaining(["content.url", "content.transcript"]));
    const level = await ctx.call(
      trainer,
      "PATCH",
      draft,
      { level: "expert" },
      { "if-match": '"4"' },
    );
    expect((await level.json()).errors[0].field).toBe("level");
    expect((await (await ctx.call(trainer, "GET", draft)).json()).version).toBe(4);
  });

  it("lets a co-trainer edit; another trainer gets 403 on a published course, 404 on a draft", async () => {
    const published = await courseOf(ctx, trainer);
    const draft = await courseOf(ctx, trainer, { publish: false });
    const patch = (caller: Caller, courseId: string, version: number) =>
      ctx.call(
        caller,
        "PATCH",
        `${courses}/${courseId}/draft`,
        { summary: "Hi" },
        {
          "if-match": `"${version}"`,
        },
      );
    expect((await patch(otherTrainer, published.courseId, 5)).status).toBe(403);
    expect((await patch(otherTrainer, draft.courseId, 4)).status).toBe(404);
    expect((await patch(learner, published.courseId, 5)).status).toBe(403);

    const me = await (await ctx.call(coTrainer, "GET", "/api/me")).json();
    const added = await step(
      ctx,
      trainer,
      "PUT",
      `${courses}/${draft.courseId}/trainers/${me.userId}`,
      4,
    );
    expect(added.trainers.map((t: { userId: string }) => t.userId)).toContain(me.userId);
    expect((await patch(coTrainer, draft.courseId, 5)).status).toBe(200);
  });
});

describe("publishing", () => {
  it("makes v1 then v2 with who and when; learners see the latest version without answers", async () => {
    const { courseId, moduleId } = await courseOf(ctx, trainer);
    const page = await (await ctx.call(undefined, "GET", `${courses}/${courseId}`)).json();
    expect(page.versionNumber).toBe(1);
    expect(JSON.stringify(page)).not.toMatch(/correct|feedback|SECRET/);
    expect(page.modules[0].lessons[1].content.questions[0].options).toHaveLength(2);

    const draft = `${courses}/${courseId}/draft`;
    await step(ctx, trainer, "POST", `${draft}/modules/${moduleId}/lessons`, 5, {
      ...TEXT_LESSON,
      title: "Added in v2",
    });
    const unchanged = await (await ctx.call(learner, "GET", `${courses}/${courseId}`)).json();
    expect(unchanged.modules[0].lessons).toHaveLength(2);
    const v2 = await step(ctx, trainer, "POST", `${courses}/${courseId}/publish`, 6);
    expect(v2).toMatchObject({ status: "published", publishedVersion: 2, version: 7 });

    const latest = await (await ctx.call(learner, "GET", `${courses}/${courseId}`)).json();
    expect(latest.versionNumber).toBe(2);
    expect(latest.modules[0].lessons.map((l: { title: string }) => l.title)).toContain(
      "Added in v2",
    );
    const me = await (await ctx.call(trainer, "GET", "/api/me")).json();
    const history = await (
      await ctx.call(trainer, "GET", `${courses}/${courseId}/versions`)
    ).json();
    expect(history.items.map((v: { versionNumber: number }) => v.versionNumber)).toEqual([2, 1]);
    expect(history.items[0]).toMatchObject({
      publishedBy: me.userId,
      title: "Building a local prevention strategy",
    });
    expect(Date.parse(history.items[0].publishedAt)).toBeGreaterThanOrEqual(
      Date.parse(history.items[1].publishedAt),
    );
  });

  it("a failed publish (stale draft version) leaves no version and no listing", async () => {
    const { courseId } = await courseOf(ctx, trainer, { publish: false });
    const stale = await ctx.call(trainer, "POST", `${courses}/${courseId}/publish`, undefined, {
      "if-match": '"3"',
    });
    expect(stale.status).toBe(412);
    expect((await ctx.call(undefined, "GET", `${courses}/${courseId}`)).status).toBe(404);
    const history = await (
      await ctx.call(trainer, "GET", `${courses}/${courseId}/versions`)
    ).json();
    expect(history.items).toEqual([]);
  });

  it("a publish racing another publication writes nothing: the listing's version guards it", async () => {
    const { courseId } = await courseOf(ctx, trainer);
    const { core } = countedApp();
    // Simulate a concurrent publication that already moved the listing on.
    await core.data.entities.courseListing.patch({ courseId }).set({ versionNumber: 7 }).go();
    const failed = await ctx.call(trainer, "POST", `${courses}/${courseId}/publish`, undefined, {
      "if-match": '"5"',
    });
    expect(failed.status).toBe(412);
    const draft = await (await ctx.call(trainer, "GET", `${courses}/${courseId}/draft`)).json();
    expect(draft).toMatchObject({ version: 5, publishedVersion: 1 });
    const history = await (
      await ctx.call(trainer, "GET", `${courses}/${courseId}/versions`)
    ).json();
    expect(history.items).toHaveLength(1);
  });

  it("unpublish hides the course from the catalogue and the course page", async () => {
    const { courseId } = await courseOf(ctx, trainer, { fields: { title: "Hidden soon xq7" } });
    const find = async () =>
      (await (await ctx.call(undefined, "GET", `${courses}?q=xq7`)).json()).items.length;
    expect(await find()).toBe(1);
    await step(ctx, trainer, "POST", `${courses}/${courseId}/unpublish`, 5);
    expect(await find()).toBe(0);
    expect((await ctx.call(undefined, "GET", `${courses}/${courseId}`)).status).toBe(404);
    await step(ctx, trainer, "POST", `${courses}/${courseId}/archive`, 6);
    const archived = await ctx.call(
      trainer,
      "PATCH",
      `${courses}/${courseId}/draft`,
      { summary: "x" },
      { "if-match": '"7"' },
    );
    expect(archived.status).toBe(409);
  });
});
