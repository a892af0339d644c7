import { workshopAttendanceConsumer } from "@alliance/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChangeStream, changeStream } from "./support/change-stream.ts";
import { type Caller, ifMatch, ok, problemOf, type TestContext } from "./support/context.ts";
import { courseApi } from "./support/course-fixtures.ts";
import { eventIn, eventPath, registered } from "./support/event-fixtures.ts";
import { learnerOf } from "./support/learning-fixtures.ts";
import { ownTableContext } from "./support/own-table.ts";

/*
 * A workshop as a course's lesson (decision 0072), on a table of its own with the
 * workshop-attendance consumer fed by DynamoDB Local's stream, as `pnpm dev` runs it:
 * the organiser's attendance mark completes the lesson, and with it the course.
 */
let stream: ChangeStream;
let ctx: TestContext;
let trainer: Caller;
let organiser: Caller;

beforeAll(async () => {
  stream = await changeStream({ consumers: (core) => [workshopAttendanceConsumer(core.data)] });
  await stream.start();
  ctx = await ownTableContext("workshops", stream.tableName);
  [trainer, organiser] = await Promise.all([
    ctx.newUser({ groups: ["trainer"] }),
    ctx.newUser({ groups: ["trainer"] }),
  ]);
}, 120_000);
afterAll(() => stream?.stop());

const userIdOf = async (caller: Caller) =>
  ((await ok(ctx.raw(caller, "GET", "/api/me"))) as { userId: string }).userId;

/** A course whose one module holds only a workshop lesson naming `eventId`, published. */
async function workshopCourse(eventId: string) {
  const { courseId } = await ok(
    ctx.api(trainer).api.courses.$post({ json: { title: "Meeting families in practice" } }),
  );
  const { course, param } = courseApi(ctx, trainer, courseId);
  const modules = course.draft.modules;
  const withModule = await ok(
    modules.$post({ param, json: { title: "The workshop" }, header: ifMatch(1) }),
  );
  const moduleId = withModule.modules[0]?.moduleId as string;
  const lessons = modules[":moduleId"].lessons;
  const added = await lessons.$post({
    param: { ...param, moduleId },
    json: { title: "Workshop in Lyon", content: { kind: "workshop", eventId } },
    header: ifMatch(2),
  });
  const full = await ok(added);
  await ok(course.publish.$post({ param, header: ifMatch(3) }));
  return { courseId, lessonId: full.modules[0]?.lessons[0]?.lessonId as string };
}

describe("a workshop as a lesson", () => {
  it("names a published event only", async () => {
    const draft = await eventIn(ctx, organiser, { publish: false });
    const { courseId } = await ok(
      ctx.api(trainer).api.courses.$post({ json: { title: "A course naming a draft" } }),
    );
    const { course, param } = courseApi(ctx, trainer, courseId);
    const withModule = await ok(
      course.draft.modules.$post({ param, json: { title: "One" }, header: ifMatch(1) }),
    );
    const refused = await course.draft.modules[":moduleId"].lessons.$post({
      param: { ...param, moduleId: withModule.modules[0]?.moduleId as string },
      json: { title: "Draft event", content: { kind: "workshop", eventId: draft.eventId } },
      header: ifMatch(2),
    });
    expect(refused.status).toBe(400);
    expect((await problemOf(refused)).errors?.map((error) => error.field)).toEqual([
      "content.eventId",
    ]);
  });

  it("is done when the organiser marks the learner attended, not by the learner, and completes the course", async () => {
    const { eventId } = await eventIn(ctx, organiser);
    const { courseId, lessonId } = await workshopCourse(eventId);
    const [learner, other] = await Promise.all([ctx.newUser(), ctx.newUser()]);
    for (const person of [learner, other]) {
      const mine = learnerOf(ctx, person, courseId);
      await ok(mine.enrolment.$put({ param: mine.param }));
      await registered(ctx, person, eventId);
    }
    const mine = learnerOf(ctx, learner, courseId);
    const { lesson, param } = mine.lesson(lessonId);
    const self = await lesson.completion.$put({ param });
    expect(self.status).toBe(409);
    expect((await problemOf(self)).code).toBe("workshop-completes-by-attendance");
    const shown = await ok(lesson.$get({ param }));
    expect(shown.lesson.content).toEqual({ kind: "workshop", eventId });

    const learnerId = await userIdOf(learner);
    const mark = () =>
      ctx.raw(organiser, "PUT", `${eventPath(eventId)}/registrations/${learnerId}/attendance`, {
        attended: true,
      });
    expect((await mark()).status).toBe(200);
    await stream.poller.drained();
    await stream.poller.drained();
    const progress = await ok(mine.enrolment.$get({ param: mine.param }));
    expect(progress).toMatchObject({ status: "completed", percent: 100 });
    expect(progress.certificateCode).toEqual(expect.any(String));
    // The other learner, registered but not marked, is where they were.
    const others = learnerOf(ctx, other, courseId);
    expect(await ok(others.enrolment.$get({ param: others.param }))).toMatchObject({
      status: "active",
      percent: 0,
    });
  });
});
