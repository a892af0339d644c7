import {
  courseSummariesMigration,
  createCore,
  loadConfig,
  type Migration,
  runMigrations,
} from "@alliance/core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { type Caller, ifMatch, ok, type TestContext, testContext } from "./support/context.ts";
import { courseApi, courseOf, TEXT_LESSON } from "./support/course-fixtures.ts";
import { learnerOf } from "./support/learning-fixtures.ts";

/*
 * Lists of courses read each course's summary, the course page its listing
 * (decision 0025): they must never disagree, and a stage whose courses were published
 * before summaries existed gets them from migration 001.
 */
const env = inject("apiEnv");
const core = createCore({ config: loadConfig({ ...env }) });
let ctx: TestContext;
let trainer: Caller;

beforeAll(async () => {
  ctx = await testContext();
  trainer = await ctx.newUser({ groups: ["trainer"] });
});

/** The catalogue's card of a course (searched by its own title), or undefined. */
async function cardOf(courseId: string) {
  const page = await ok(ctx.api().api.courses[":courseId"].$get({ param: { courseId } }));
  const found = await ok(ctx.api().api.courses.$get({ query: { q: page.title } }));
  return found.items.find((item) => item.courseId === courseId);
}

/** What the catalogue's card must say, from the course page. */
async function expectedCard(courseId: string) {
  const page = await ok(ctx.api().api.courses[":courseId"].$get({ param: { courseId } }));
  const { modules, description: _description, actions: _actions, ...rest } = page;
  const lessonCount = modules.reduce((count, module) => count + module.lessons.length, 0);
  return { ...rest, lessonCount };
}

describe("course summaries", () => {
  it("show what the course page shows, through publish, a new version and unpublish", async () => {
    const title = `Summaries agree ${crypto.randomUUID().slice(0, 8)}`;
    const { courseId, moduleId, version } = await courseOf(ctx, trainer, { fields: { title } });
    expect(await cardOf(courseId)).toEqual(await expectedCard(courseId));

    const { course, param } = courseApi(ctx, trainer, courseId);
    await ok(
      course.draft.$patch({ param, json: { title: `${title} v2` }, header: ifMatch(version) }),
    );
    const lessons = course.draft.modules[":moduleId"].lessons;
    await ok(
      lessons.$post({
        param: { ...param, moduleId },
        json: TEXT_LESSON,
        header: ifMatch(version + 1),
      }),
    );
    await ok(course.publish.$post({ param, header: ifMatch(version + 2) }));
    const card = await cardOf(courseId);
    expect(card).toMatchObject({ title: `${title} v2`, versionNumber: 2, lessonCount: 3 });
    expect(card).toEqual(await expectedCard(courseId));

    const learner = await ctx.newUser();
    const mine = learnerOf(ctx, learner, courseId);
    await ok(mine.enrolment.$put({ param: mine.param }));
    await ok(course.unpublish.$post({ param, header: ifMatch(version + 3) }));
    expect(await ok(ctx.api().api.courses.$get({ query: { q: title } }))).toMatchObject({
      total: 0,
    });
    // A learner keeps the course they follow, from its summary.
    const learning = await ok(ctx.api(learner).api.me.learning.$get());
    expect(learning.inProgress).toEqual([
      expect.objectContaining({
        courseId,
        title: `${title} v2`,
        requiredTotal: 3,
        requiredDone: 0,
      }),
    ]);
  });

  it("are written by migration 001 for listings that have none, listed or not", async () => {
    const listed = await courseOf(ctx, trainer);
    const hidden = await courseOf(ctx, trainer);
    const before = await cardOf(listed.courseId);
    // As on a stage published before summaries existed: the listings alone.
    await core.data.entities.courseSummary.delete({ courseId: listed.courseId }).go();
    await core.data.entities.courseSummary.delete({ courseId: hidden.courseId }).go();
    // (The catalogue page reads the catalogue item since decision 0104: the summary itself.)
    const gone = await core.data.entities.courseSummary.get({ courseId: listed.courseId }).go();
    expect(gone.data).toBeNull();
    // Unpublishing still works without a summary, and leaves one that is not listed.
    const { course, param } = courseApi(ctx, trainer, hidden.courseId);
    await ok(course.unpublish.$post({ param, header: ifMatch(hidden.version) }));
    await core.data.entities.courseSummary.delete({ courseId: hidden.courseId }).go();

    // Migration 001's up (decision 0043), as a stage that never ran it runs it.
    const fresh = {
      ...courseSummariesMigration,
      id: `001-course-summaries-${crypto.randomUUID()}`,
    };
    const [report] = await runMigrations(core.data, [fresh as Migration<unknown>]);
    expect(report?.changed).toBeGreaterThanOrEqual(2);
    expect(await cardOf(listed.courseId)).toEqual(before);
    const summary = await core.data.entities.courseSummary.get({ courseId: hidden.courseId }).go();
    expect(summary.data).toMatchObject({
      courseId: hidden.courseId,
      listed: false,
      versionNumber: 1,
    });
  });
});
