import { createScheduledHandler, type ScheduledHandler } from "@alliance/api";
import { type NotificationKind, notificationsConsumer } from "@alliance/core";
import { matchesSearch } from "@alliance/core/exchange-search";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChangeStream, changeStream } from "./support/change-stream.ts";
import { cityWorld } from "./support/city-fixtures.ts";
import { type Caller, ifMatch, ok, type TestContext } from "./support/context.ts";
import { courseApi, courseOf, TEXT_LESSON } from "./support/course-fixtures.ts";
import { eventIn, eventPath, registered } from "./support/event-fixtures.ts";
import { itemIn } from "./support/exchange-fixtures.ts";
import { learnerOf } from "./support/learning-fixtures.ts";

/*
 * The scheduled jobs (decision 0078) on DynamoDB Local, through the scheduled function's
 * own handler, each given its schedule's time explicitly: who is told, and that a second
 * run (the same window, or the next) tells nobody again. And the stream-driven kind of
 * decision 0079, a course's new version, through the real change stream.
 */

const DAY = 24 * 60 * 60 * 1000;
let stream: ChangeStream;
let ctx: TestContext;
let callers: Awaited<ReturnType<typeof cityWorld>>["callers"];
let run: ScheduledHandler;

beforeAll(async () => {
  stream = await changeStream({
    consumers: (core) => [notificationsConsumer(core.data, matchesSearch)],
  });
  await stream.start();
  ({ ctx, callers } = await cityWorld("jobs", stream.tableName));
  run = createScheduledHandler({ core: stream.core, logLevel: "SILENT" });
}, 180_000);
afterAll(() => stream?.stop());

const at = (ms: number) => new Date(ms).toISOString();
const job = async (name: string, time: string) =>
  (await run({ job: name, scheduledTime: time })).summary;

async function inbox(caller: Caller, kind: NotificationKind) {
  const page = (await ok(ctx.raw(caller, "GET", "/api/me/notifications?limit=100"))) as {
    items: { kind: string; params: Record<string, string>; link: string }[];
  };
  return page.items.filter((item) => item.kind === kind);
}

describe("event-reminders", () => {
  it("reminds each registered person once in the day before, not the waiting or the cancelled", async () => {
    const { eventId } = await eventIn(ctx, callers.trainer, { form: { capacity: 1 } });
    const [first, waiting, leaver] = await Promise.all([
      ctx.newUser(),
      ctx.newUser(),
      ctx.newUser(),
    ]);
    await registered(ctx, first, eventId);
    await registered(ctx, waiting, eventId);
    await registered(ctx, leaver, eventId);
    await ok(ctx.raw(leaver, "DELETE", `${eventPath(eventId)}/registration`));
    const event = (await ok(ctx.raw(first, "GET", eventPath(eventId)))) as {
      startsAt: string;
      title: string;
    };
    const startsAt = Date.parse(event.startsAt);

    // Two days before: not yet.
    expect(await job("event-reminders", at(startsAt - 2 * DAY))).toMatchObject({ notified: 0 });
    const hourly = at(startsAt - 20 * 60 * 60 * 1000);
    expect(await job("event-reminders", hourly)).toMatchObject({ notified: 1 });
    // The same run again, and the next hour's: nobody twice.
    expect(await job("event-reminders", hourly)).toMatchObject({ notified: 0, already: 1 });
    expect(await job("event-reminders", at(startsAt - 19 * 60 * 60 * 1000))).toMatchObject({
      notified: 0,
    });
    expect(await inbox(first, "event-reminder")).toEqual([
      expect.objectContaining({
        params: { title: event.title, startsAt: event.startsAt },
        link: `/events/${eventId}`,
      }),
    ]);
    expect(await inbox(waiting, "event-reminder")).toEqual([]);
    expect(await inbox(leaver, "event-reminder")).toEqual([]);
  });
});

describe("inactive-learners", () => {
  it("tells a learner idle for 14 days once per stretch, and again after they came back and stopped", async () => {
    const { courseId } = await courseOf(ctx, callers.trainer);
    const [idle, finisher] = await Promise.all([ctx.newUser(), ctx.newUser()]);
    for (const person of [idle, finisher]) {
      const mine = learnerOf(ctx, person, courseId);
      await ok(mine.enrolment.$put({ param: mine.param }));
    }
    // The other learner leaves: nothing for them.
    const leaving = learnerOf(ctx, finisher, courseId);
    expect((await leaving.enrolment.$delete({ param: leaving.param })).status).toBe(204);
    const enrolments = await stream.core.data.entities.enrolment.query
      .byCourseActivity({ courseId })
      .go({ pages: "all" });
    const mine = enrolments.data.find((enrolment) => enrolment.status === "active");
    const lastActive = Date.parse(mine?.lastActiveAt ?? "");

    expect(await job("inactive-learners", at(lastActive + 13 * DAY))).toMatchObject({
      notified: 0,
    });
    expect(await job("inactive-learners", at(lastActive + 15 * DAY))).toMatchObject({
      notified: 1,
    });
    expect(await job("inactive-learners", at(lastActive + 15 * DAY))).toMatchObject({
      notified: 0,
    });
    expect(await job("inactive-learners", at(lastActive + 16 * DAY))).toMatchObject({
      notified: 0,
    });
    expect(await inbox(idle, "course-inactive")).toEqual([
      expect.objectContaining({
        params: { title: "Building a local prevention strategy" },
        link: `/courses/${courseId}`,
      }),
    ]);
    expect(await inbox(finisher, "course-inactive")).toEqual([]);

    // Back a month later, then idle again: a new stretch, told once more.
    const back = at(lastActive + 30 * DAY);
    await stream.core.data.entities.enrolment
      .patch({ subject: mine?.subject as string, courseId })
      .set({ lastActiveAt: back })
      .go();
    expect(await job("inactive-learners", at(Date.parse(back) + 15 * DAY))).toMatchObject({
      notified: 1,
    });
    expect(await inbox(idle, "course-inactive")).toHaveLength(2);
  });
});

describe("stale-items", () => {
  it("asks the contributor to review a published item unchanged for two years, once", async () => {
    const contributor = callers.contributorOwnCity;
    const { itemId } = await itemIn(ctx, "published", contributor, callers.admin, {
      title: "A programme nobody has looked at since",
    });
    const stored = await stream.core.data.entities.exchangeItem.get({ itemId }).go();
    const changed = new Date(stored.data?.changedAt as string);
    const yearsLater = (years: number, days: number) => {
      const when = new Date(changed);
      when.setUTCFullYear(when.getUTCFullYear() + years);
      return at(when.getTime() + days * DAY);
    };
    expect(await job("stale-items", yearsLater(1, 300))).toMatchObject({ notified: 0 });
    expect(await job("stale-items", yearsLater(2, 1))).toMatchObject({ notified: 1 });
    expect(await job("stale-items", yearsLater(2, 1))).toMatchObject({ notified: 0 });
    expect(await job("stale-items", yearsLater(2, 2))).toMatchObject({ notified: 0 });
    expect(await inbox(contributor, "item-review-due")).toEqual([
      expect.objectContaining({
        params: { title: "A programme nobody has looked at since" },
        link: `/exchange/items/${itemId}`,
      }),
    ]);
  });

  it("refuses a name that is not a job, and runs nothing", async () => {
    await expect(run({ job: "drop-table", scheduledTime: at(Date.now()) })).rejects.toThrow();
  });
});

describe("daily-digest", () => {
  // Sending it is in notification-email.test.ts, with aws-ses-v2-local.
  it("fails, and says what is missing, when the function has no e-mail configured", async () => {
    await expect(run({ job: "daily-digest", scheduledTime: at(Date.now()) })).rejects.toThrow(
      /EMAIL_FROM/,
    );
  });
});

describe("a course's new version (stream)", () => {
  it("tells the enrolled learners, not those who left, and not for the first version", async () => {
    const { courseId, moduleId } = await courseOf(ctx, callers.trainer, {
      fields: { title: "Prevention in schools" },
    });
    const [staying, leaving] = await Promise.all([ctx.newUser(), ctx.newUser()]);
    for (const person of [staying, leaving]) {
      const mine = learnerOf(ctx, person, courseId);
      await ok(mine.enrolment.$put({ param: mine.param }));
    }
    const left = learnerOf(ctx, leaving, courseId);
    expect((await left.enrolment.$delete({ param: left.param })).status).toBe(204);
    const { course, param } = courseApi(ctx, callers.trainer, courseId);
    await ok(
      course.draft.modules[":moduleId"].lessons.$post({
        param: { ...param, moduleId },
        json: { ...TEXT_LESSON, title: "Added in v2" },
        header: ifMatch(5),
      }),
    );
    await ok(course.publish.$post({ param, header: ifMatch(6) }));
    await stream.poller.drained();
    await stream.poller.drained();
    expect(await inbox(staying, "course-updated")).toEqual([
      expect.objectContaining({
        params: { title: "Prevention in schools", version: "2" },
        link: `/courses/${courseId}`,
      }),
    ]);
    expect(await inbox(leaving, "course-updated")).toEqual([]);
  });
});
