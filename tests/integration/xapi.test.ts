import { createScheduledHandler, createScheduledHandlerFromEnv } from "@alliance/api";
import type { TableChange } from "@alliance/core";
import {
  DeliveryError,
  lrsSender,
  type StatementSender,
  VERBS,
  type XapiOutbox,
  xapiConsumer,
  xapiOutbox,
} from "@alliance/core/xapi";
import {
  LOCAL_LRS_KEY,
  LOCAL_LRS_SECRET,
  type LocalLrs,
  startLocalLrs,
} from "@alliance/dev/local-lrs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChangeStream, changeStream } from "./support/change-stream.ts";
import { type Caller, ok, type TestContext } from "./support/context.ts";
import { courseOf } from "./support/course-fixtures.ts";
import { learnerOf, lessonIdsOf, RIGHT, WRONG } from "./support/learning-fixtures.ts";
import { ownTableContext } from "./support/own-table.ts";

/*
 * xAPI statements (decision 0088), on a table of its own whose DynamoDB Local stream
 * feeds the `xapi` consumer, as `pnpm dev` runs it, with the local LRS receiving and
 * validating them. The LRS can be made unreachable: the statements then wait in the
 * outbox, and the retry sends them once it is back.
 */
const SITE = "https://academy.example.eu";
let lrs: LocalLrs;
let stream: ChangeStream;
let ctx: TestContext;
let trainer: Caller;
let outbox: XapiOutbox;
let reachable = true;
let clock = new Date();

beforeAll(async () => {
  lrs = await startLocalLrs();
  const up = lrsSender({ endpoint: lrs.endpoint, key: LOCAL_LRS_KEY, secret: LOCAL_LRS_SECRET });
  // Port 9 (discard) refuses connections: an LRS that is down, for real.
  const down = lrsSender({ endpoint: "http://127.0.0.1:9/xapi/", key: "k", secret: "s" });
  const send: StatementSender = (statement) => (reachable ? up : down)(statement);
  stream = await changeStream({
    consumers: (core) => {
      outbox = xapiOutbox(core.data, send, () => clock);
      return [xapiConsumer(core.data, outbox, SITE)];
    },
  });
  await stream.start();
  ctx = await ownTableContext("xapi", stream.tableName);
  trainer = await ctx.newUser({ groups: ["trainer"] });
}, 120_000);
afterAll(async () => {
  await stream?.stop();
  await lrs?.close();
});

const userIdOf = async (caller: Caller) =>
  ((await ok(ctx.raw(caller, "GET", "/api/me"))) as { userId: string }).userId;
const outboxOf = async (userId: string) =>
  (await stream.core.data.entities.xapiStatement.scan.go({ pages: "all" })).data.filter(
    (item) => item.userId === userId,
  );
const statusesOf = async (userId: string) => (await outboxOf(userId)).map((item) => item.status);
const statementsOf = (userId: string) =>
  lrs
    .statements()
    .filter((s) => s.actor && "account" in s.actor && s.actor.account?.name === userId)
    .reverse();

describe("xAPI statements", () => {
  it("tells the LRS each learning fact once, the learner as an account, in the course's language", async () => {
    const { courseId } = await courseOf(ctx, trainer, { fields: { language: "fr" } });
    const [textId, quizId] = (await lessonIdsOf(ctx, courseId)) as [string, string];
    const learner = await ctx.newUser();
    const mine = learnerOf(ctx, learner, courseId);
    await ok(mine.enrolment.$put({ param: mine.param }));
    await ok(mine.lesson(textId).lesson.completion.$put({ param: mine.lesson(textId).param }));
    const quiz = mine.lesson(quizId);
    await ok(quiz.lesson.attempts.$post({ param: quiz.param, json: WRONG }));
    const passed = await ok(quiz.lesson.attempts.$post({ param: quiz.param, json: RIGHT }));
    expect(passed.progress.status).toBe("completed");
    await stream.poller.drained();
    await stream.poller.drained();

    const userId = await userIdOf(learner);
    const got = statementsOf(userId);
    const course = `${SITE}/courses/${courseId}`;
    const said = got.map((s) => [s.verb.id, "id" in s.object ? s.object.id : null]);
    expect(said).toEqual(
      expect.arrayContaining([
        [VERBS.registered.id, course],
        [VERBS.completed.id, `${course}/lessons/${textId}`],
        [VERBS.answered.id, `${course}/lessons/${quizId}`],
        [VERBS.completed.id, `${course}/lessons/${quizId}`],
        [VERBS.completed.id, course],
        [VERBS.passed.id, course],
        [VERBS.earned.id, `${course}/versions/1`],
      ]),
    );
    expect(got).toHaveLength(8); // two answers: failed, then passed
    const answers = got.filter((s) => s.verb.id === VERBS.answered.id).map((s) => s.result);
    expect(answers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ success: false, score: expect.objectContaining({ raw: 0 }) }),
        expect.objectContaining({ success: true, score: expect.objectContaining({ raw: 100 }) }),
      ]),
    );
    for (const statement of got) {
      expect(statement.actor).toEqual({
        objectType: "Agent",
        account: { homePage: SITE, name: userId },
      });
      expect(statement.context?.language).toBe("fr");
    }
    // Nothing waits: all were taken, and the outbox remembers them as sent.
    expect(await statusesOf(userId)).toEqual(Array(8).fill("sent"));

    // The same facts again (a batch replayed past the stream's bookkeeping): the same
    // statement ids, already sent, so nothing more goes and the LRS holds each fact once.
    const subject = (
      await stream.core.data.entities.user.query
        .byUserId({ userId })
        .go({ attributes: ["subject"] })
    ).data[0]?.subject as string;
    const enrolment = await stream.core.data.entities.enrolment.get({ subject, courseId }).go();
    const replay: TableChange = {
      eventId: "replayed",
      kind: "insert",
      entity: "enrolment",
      keys: {},
      newImage: enrolment.data as unknown as Record<string, unknown>,
      at: new Date().toISOString(),
      sequenceNumber: "1",
    };
    await xapiConsumer(stream.core.data, outbox, SITE).handle(replay);
    expect(statementsOf(userId)).toHaveLength(8);
  }, 240_000);

  /** A new learner enrols while the LRS refuses everything; their statement waits. */
  async function enrolledWhileLrsDown(): Promise<string> {
    const { courseId } = await courseOf(ctx, trainer);
    const learner = await ctx.newUser();
    const userId = await userIdOf(learner);
    reachable = false;
    try {
      const mine = learnerOf(ctx, learner, courseId);
      await ok(mine.enrolment.$put({ param: mine.param }));
      await stream.poller.drained();
      await stream.poller.drained();
    } finally {
      reachable = true;
    }
    return userId;
  }

  it("keeps statements while the LRS is down and sends them, once, when it is back", async () => {
    const userId = await enrolledWhileLrsDown();
    expect(statementsOf(userId)).toEqual([]);
    const waiting = (await outboxOf(userId)).filter((item) => item.status !== "sent");
    expect(waiting).toEqual([expect.objectContaining({ userId, status: "pending", attempts: 1 })]);
    expect(waiting[0]?.lastError).toMatch(/did not take it/);

    // Not due yet: nothing is sent.
    expect(await outbox.deliverDue()).toEqual({ sent: 0, retrying: 0, failed: 0, dropped: 0 });
    clock = new Date(Date.now() + 2 * 60_000);
    try {
      expect(await outbox.deliverDue()).toEqual({ sent: 1, retrying: 0, failed: 0, dropped: 0 });
    } finally {
      clock = new Date();
    }
    expect(statementsOf(userId).map((s) => s.verb.id)).toEqual([VERBS.registered.id]);
    expect(await statusesOf(userId)).toEqual(["sent"]);
  }, 240_000);

  it("has the scheduled xapi-retry job send what is due to the LRS its environment names, once (decision 0090)", async () => {
    const userId = await enrolledWhileLrsDown();
    expect(await statusesOf(userId)).toEqual(["pending"]);

    // The handler EventBridge Scheduler and `pnpm dev`'s scheduler call, with the LRS
    // it builds from XAPI_ENDPOINT / XAPI_KEY / XAPI_SECRET (a secret's id in the cloud).
    const scheduled = createScheduledHandlerFromEnv(
      {
        ...stream.env,
        LOG_LEVEL: "SILENT",
        XAPI_ENDPOINT: lrs.endpoint,
        XAPI_KEY: LOCAL_LRS_KEY,
        XAPI_SECRET: LOCAL_LRS_SECRET,
      },
      { core: stream.core },
    );
    const run = async (at: Date) =>
      (await scheduled({ job: "xapi-retry", scheduledTime: at.toISOString() })).summary;
    // At the schedule's time, before the statement's next attempt: nothing goes.
    await run(new Date());
    expect(statementsOf(userId)).toEqual([]);
    const later = new Date(Date.now() + 15 * 60_000);
    expect((await run(later)).sent).toBeGreaterThanOrEqual(1);
    expect(statementsOf(userId).map((s) => s.verb.id)).toEqual([VERBS.registered.id]);
    expect(await statusesOf(userId)).toEqual(["sent"]);
    // The same window again (a retried invocation): nothing is due, nothing is sent twice.
    expect(await run(later)).toEqual({ sent: 0, retrying: 0, failed: 0, dropped: 0 });
    expect(statementsOf(userId)).toHaveLength(1);

    // A function with no LRS configured fails the job and says what is missing.
    const unconfigured = createScheduledHandler({ core: stream.core, logLevel: "SILENT" });
    await expect(
      unconfigured({ job: "xapi-retry", scheduledTime: later.toISOString() }),
    ).rejects.toThrow(/XAPI_SECRET_ID/);
  }, 240_000);

  it("leaves a refused statement failed, and drops those of a deleted account", async () => {
    const refusing: StatementSender = async () => {
      throw new DeliveryError("The LRS refused it: HTTP 400", "refused");
    };
    const strict = xapiOutbox(stream.core.data, refusing, () => clock);
    const learner = await ctx.newUser();
    const userId = await userIdOf(learner);
    const statement = (id: string) => ({
      id,
      actor: { objectType: "Agent" as const, account: { homePage: SITE, name: userId } },
      verb: VERBS.registered,
      object: { objectType: "Activity" as const, id: `${SITE}/courses/crs_x` },
    });
    const added = await strict.enqueue(userId, [statement("5f6c8e3e-4b7d-5c1e-9f2a-1b3c4d5e6f70")]);
    expect(
      await strict.enqueue(userId, [statement("5f6c8e3e-4b7d-5c1e-9f2a-1b3c4d5e6f70")]),
    ).toEqual([]);
    expect(await strict.deliver(added)).toMatchObject({ failed: 1 });
    expect((await strict.failed()).map((item) => item.statementId)).toContain(
      "5f6c8e3e-4b7d-5c1e-9f2a-1b3c4d5e6f70",
    );

    const gone = await strict.enqueue("usr_01JD5EEDG0NE000000000000AA", [
      statement("6a6c8e3e-4b7d-5c1e-9f2a-1b3c4d5e6f70"),
    ]);
    expect(await strict.deliver(gone)).toMatchObject({ dropped: 1, sent: 0 });
  });
});
