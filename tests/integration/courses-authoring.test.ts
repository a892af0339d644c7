import { beforeAll, describe, expect, it } from "vitest";
import {
  type Caller,
  ifMatch,
  ok,
  problemOf,
  type TestContext,
  testContext,
} from "./support/context.ts";
import { countedApp } from "./support/counted-app.ts";
import { courseApi, courseOf, TEXT_LESSON } from "./support/course-fixtures.ts";

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

/** The course's routes as `caller`, with the draft's modules and lessons by id. */
const routesOf = (caller: Caller | undefined, courseId: string) => {
  const { course, param } = courseApi(ctx, caller, courseId);
  const draft = course.draft;
  return {
    course,
    param,
    draft,
    module: (moduleId: string) => ({
      routes: draft.modules[":moduleId"],
      param: { ...param, moduleId },
    }),
    lesson: (lessonId: string) => ({
      routes: draft.lessons[":lessonId"],
      param: { ...param, lessonId },
    }),
  };
};

describe("course authoring", () => {
  it("adds, edits, reorders and removes modules and lessons; ids never change", async () => {
    const { courseId, moduleId } = await courseOf(ctx, trainer, { publish: false });
    const { draft, param, module, lesson } = routesOf(trainer, courseId);
    const second = await ok(
      draft.modules.$post({ param, json: { title: "Practice" }, header: ifMatch(4) }),
    );
    const otherModule = second.modules[1]?.moduleId as string;
    const [textId, quizId] = lessonIds(second)[0] as [string, string];
    const text = lesson(textId);
    const quiz = lesson(quizId);

    await ok(
      text.routes.$patch({ param: text.param, json: { title: "Why plan" }, header: ifMatch(5) }),
    );
    await ok(
      quiz.routes.move.$post({
        param: quiz.param,
        json: { direction: "up" },
        header: ifMatch(6),
      }),
    );
    await ok(
      text.routes.move.$post({
        param: text.param,
        json: { moduleId: otherModule, index: 0 },
        header: ifMatch(7),
      }),
    );
    const other = module(otherModule);
    await ok(
      other.routes.move.$post({ param: other.param, json: { index: 0 }, header: ifMatch(8) }),
    );
    const first = module(moduleId);
    const renamed = await ok(
      first.routes.$patch({ param: first.param, json: { title: "Checks" }, header: ifMatch(9) }),
    );
    expect(renamed.modules.map((m) => m.moduleId)).toEqual([otherModule, moduleId]);
    expect(lessonIds(renamed)).toEqual([[textId], [quizId]]);
    expect(renamed.modules[0]?.lessons[0]?.title).toBe("Why plan");
    expect(renamed.modules[1]?.title).toBe("Checks");

    const removed = await ok(quiz.routes.$delete({ param: quiz.param, header: ifMatch(10) }));
    expect(lessonIds(removed)).toEqual([[textId], []]);
    const gone = await ok(first.routes.$delete({ param: first.param, header: ifMatch(11) }));
    expect(lessonIds(gone)).toEqual([[textId]]);
    expect(gone.version).toBe(12);
  });

  it("answers 412 to a stale edit and 428 without If-Match, changing nothing", async () => {
    const { courseId } = await courseOf(ctx, trainer, { publish: false });
    const { draft, param } = routesOf(trainer, courseId);
    const lost = { title: "Lost" };
    const stale = await draft.$patch({ param, json: lost, header: ifMatch(1) });
    expect(stale.status).toBe(412);
    expect((await draft.$patch({ param, json: lost, header: {} })).status).toBe(428);
    const current = await (await draft.$get({ param })).json();
    expect(current).toMatchObject({ title: "Building a local prevention strategy", version: 4 });
  });

  it("names the failing field of bad input and changes nothing", async () => {
    const { courseId, moduleId } = await courseOf(ctx, trainer, { publish: false });
    const { draft, param, module } = routesOf(trainer, courseId);
    const basics = module(moduleId);
    const video = await basics.routes.lessons.$post({
      param: basics.param,
      json: {
        title: "Talk",
        content: { kind: "video", url: "https://evil.example/v", transcript: "" },
      },
      header: ifMatch(4),
    });
    expect(video.status).toBe(400);
    const fields = (await problemOf(video)).errors?.map((error) => error.field);
    expect(fields).toEqual(expect.arrayContaining(["content.url", "content.transcript"]));
    // No such level: a body the typed client must not express.
    const level = await ctx.raw(
      trainer,
      "PATCH",
      `/api/courses/${courseId}/draft`,
      { level: "expert" },
      ifMatch(4),
    );
    expect((await level.json()).errors[0].field).toBe("level");
    expect((await ok(draft.$get({ param }))).version).toBe(4);
  });

  it("lets a co-trainer edit; another trainer gets 403 on a published course, 404 on a draft", async () => {
    const published = await courseOf(ctx, trainer);
    const draft = await courseOf(ctx, trainer, { publish: false });
    const patch = (caller: Caller, courseId: string, version: number) => {
      const { draft, param } = routesOf(caller, courseId);
      return draft.$patch({ param, json: { summary: "Hi" }, header: ifMatch(version) });
    };
    expect((await patch(otherTrainer, published.courseId, 5)).status).toBe(403);
    expect((await patch(otherTrainer, draft.courseId, 4)).status).toBe(404);
    expect((await patch(learner, published.courseId, 5)).status).toBe(403);

    const me = await ok(ctx.api(coTrainer).api.me.$get());
    const { course, param } = routesOf(trainer, draft.courseId);
    const added = await ok(
      course.trainers[":userId"].$put({
        param: { ...param, userId: me.userId },
        header: ifMatch(4),
      }),
    );
    expect(added.trainers.map((t) => t.userId)).toContain(me.userId);
    expect((await patch(coTrainer, draft.courseId, 5)).status).toBe(200);
  });
});

describe("publishing", () => {
  it("makes v1 then v2 with who and when; learners see the latest version without answers", async () => {
    const { courseId, moduleId } = await courseOf(ctx, trainer);
    const read = async (caller: Caller | undefined) => {
      const { course, param } = routesOf(caller, courseId);
      return (await course.$get({ param })).json();
    };
    const page = await read(undefined);
    expect(page.versionNumber).toBe(1);
    expect(JSON.stringify(page)).not.toMatch(/correct|feedback|SECRET/);
    const quiz = page.modules[0]?.lessons[1]?.content;
    expect(quiz?.kind === "quiz" && quiz.questions[0]?.options).toHaveLength(2);

    const { course, param, module } = routesOf(trainer, courseId);
    const basics = module(moduleId);
    await ok(
      basics.routes.lessons.$post({
        param: basics.param,
        json: { ...TEXT_LESSON, title: "Added in v2" },
        header: ifMatch(5),
      }),
    );
    const unchanged = await read(learner);
    expect(unchanged.modules[0]?.lessons).toHaveLength(2);
    const v2 = await ok(course.publish.$post({ param, header: ifMatch(6) }));
    expect(v2).toMatchObject({ status: "published", publishedVersion: 2, version: 7 });

    const latest = await read(learner);
    expect(latest.versionNumber).toBe(2);
    expect(latest.modules[0]?.lessons.map((l) => l.title)).toContain("Added in v2");
    const me = await ok(ctx.api(trainer).api.me.$get());
    const history = await (await course.versions.$get({ param })).json();
    expect(history.items.map((v) => v.versionNumber)).toEqual([2, 1]);
    expect(history.items[0]).toMatchObject({
      publishedBy: me.userId,
      title: "Building a local prevention strategy",
    });
    expect(Date.parse(String(history.items[0]?.publishedAt))).toBeGreaterThanOrEqual(
      Date.parse(String(history.items[1]?.publishedAt)),
    );
  });

  it("a failed publish (stale draft version) leaves no version and no listing", async () => {
    const { courseId } = await courseOf(ctx, trainer, { publish: false });
    const { course, param } = routesOf(trainer, courseId);
    const stale = await course.publish.$post({ param, header: ifMatch(3) });
    expect(stale.status).toBe(412);
    expect((await routesOf(undefined, courseId).course.$get({ param })).status).toBe(404);
    const history = await (await course.versions.$get({ param })).json();
    expect(history.items).toEqual([]);
  });

  it("a publish racing another publication writes nothing: the listing's version guards it", async () => {
    const { courseId } = await courseOf(ctx, trainer);
    const { core } = countedApp();
    // Simulate a concurrent publication that already moved the listing on.
    await core.data.entities.courseListing.patch({ courseId }).set({ versionNumber: 7 }).go();
    const { course, param } = routesOf(trainer, courseId);
    const failed = await course.publish.$post({ param, header: ifMatch(5) });
    expect(failed.status).toBe(412);
    const draft = await (await course.draft.$get({ param })).json();
    expect(draft).toMatchObject({ version: 5, publishedVersion: 1 });
    const history = await (await course.versions.$get({ param })).json();
    expect(history.items).toHaveLength(1);
  });

  it("unpublish hides the course from the catalogue and the course page", async () => {
    const { courseId } = await courseOf(ctx, trainer, { fields: { title: "Hidden soon xq7" } });
    const find = async () =>
      (await (await ctx.api().api.courses.$get({ query: { q: "xq7" } })).json()).items.length;
    expect(await find()).toBe(1);
    const { course, param } = routesOf(trainer, courseId);
    await ok(course.unpublish.$post({ param, header: ifMatch(5) }));
    expect(await find()).toBe(0);
    expect((await routesOf(undefined, courseId).course.$get({ param })).status).toBe(404);
    await ok(course.archive.$post({ param, header: ifMatch(6) }));
    const archived = await course.draft.$patch({
      param,
      json: { summary: "x" },
      header: ifMatch(7),
    });
    expect(archived.status).toBe(409);
  });
});
