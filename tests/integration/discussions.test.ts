import { createCore, EDIT_WINDOW_MINUTES, loadConfig, POSTS_PER_HOUR } from "@alliance/core";
import { DEMO_CITIES } from "@alliance/dev";
import { beforeAll, describe, expect, inject, it } from "vitest";
import {
  type Caller,
  ifMatch,
  ok,
  problemOf,
  type TestContext,
  testContext,
} from "./support/context.ts";
import { courseOf } from "./support/course-fixtures.ts";
import {
  ANSWER,
  answered,
  asked,
  discussionOf,
  hiddenQuestion,
  QUESTION,
} from "./support/discussion-fixtures.ts";
import { itemIn } from "./support/exchange-fixtures.ts";
import { appWith } from "./support/upload-fixtures.ts";

/*
 * Discussions of published items and courses (decision 0036), through the API
 * on DynamoDB Local with real tokens.
 */
const core = createCore({ config: loadConfig({ ...inject("apiEnv") }) });
const [aarhus] = DEMO_CITIES;
let ctx: TestContext;
let asker: Caller;
let member: Caller;
let city: Caller;
let trainer: Caller;
let otherTrainer: Caller;
let admin: Caller;
let item: string;
let course: string;

beforeAll(async () => {
  ctx = await testContext();
  [asker, member, city, trainer, otherTrainer, admin] = await Promise.all([
    ctx.newUser(),
    ctx.newUser(),
    ctx.newUser({ groups: ["contributor"], cityId: aarhus?.cityId }),
    ctx.newUser({ groups: ["trainer"] }),
    ctx.newUser({ groups: ["trainer"] }),
    ctx.newUser({ groups: ["admin"] }),
  ]);
  item = `item:${(await itemIn(ctx, "published", city, admin)).itemId}`;
  course = `course:${(await courseOf(ctx, trainer)).courseId}`;
});

/** A new learner, so that the hourly limit of one test never meets another's posts. */
const fresh = () => ctx.newUser();

describe("asking and answering", () => {
  it("shows a signed-out visitor the counts, and members the questions with marked answers", async () => {
    const subject = `item:${(await itemIn(ctx, "published", city, admin)).itemId}`;
    const made = await answered(ctx, asker, city, subject);
    const anonymous = await ok(
      discussionOf(ctx, undefined, subject).discussion.$get({ param: { subject }, query: {} }),
    );
    expect(anonymous).toEqual({
      subject,
      questionCount: 1,
      answerCount: 1,
      questions: null,
      cursor: null,
      actions: { read: false, ask: false },
    });
    const seen = await ok(
      discussionOf(ctx, member, subject).discussion.$get({ param: { subject }, query: {} }),
    );
    expect(seen.questionCount).toBe(1);
    const [question] = seen.questions ?? [];
    expect(question).toMatchObject({
      questionId: made.questionId,
      title: QUESTION.title,
      body: QUESTION.body,
      role: null,
      state: "visible",
      acceptedAnswerId: null,
      actions: { edit: false, report: true, accept: false, moderate: false },
    });
    expect(question?.author?.name).toEqual(expect.any(String));
    expect(JSON.stringify(seen)).not.toContain("@");
    expect(question?.answers).toEqual([
      expect.objectContaining({
        answerId: made.answerId,
        body: ANSWER.body,
        role: "city",
        accepted: false,
      }),
    ]);
  });

  it("marks a course's trainers, not another trainer", async () => {
    const made = await answered(ctx, await fresh(), trainer, course);
    const { question, param } = discussionOf(ctx, otherTrainer, course);
    const other = await ok(
      question.answers.$post({ param: { ...param, questionId: made.questionId }, json: ANSWER }),
    );
    expect(other.role).toBeNull();
    const seen = await ok(discussionOf(ctx, member, course).discussion.$get({ param, query: {} }));
    const answers = seen.questions?.find((q) => q.questionId === made.questionId)?.answers;
    expect(answers?.map((answer) => answer.role)).toEqual(["trainer", null]);
  });

  it("pages questions newest first with the app's cursor", async () => {
    const subject = `item:${(await itemIn(ctx, "published", city, admin)).itemId}`;
    const first = await asked(ctx, asker, subject);
    const second = await answered(ctx, asker, member, subject);
    const { discussion, param } = discussionOf(ctx, member, subject);
    const page1 = await ok(discussion.$get({ param, query: { limit: "1" } }));
    expect(page1.questions?.map((q) => q.questionId)).toEqual([second.questionId]);
    expect(page1.questions?.[0]?.answers).toHaveLength(1);
    const page2 = await ok(
      discussion.$get({ param, query: { limit: "1", cursor: page1.cursor ?? "" } }),
    );
    expect(page2.questions?.map((q) => q.questionId)).toEqual([first.questionId]);
    expect(page2.questions?.[0]?.answers).toEqual([]);
  });

  it("has no discussion for an unpublished item or course (404) and names a bad subject or field (400)", async () => {
    const draft = `item:${(await itemIn(ctx, "draft", city, admin)).itemId}`;
    const unpublished = `course:${(await courseOf(ctx, trainer, { publish: false })).courseId}`;
    for (const subject of [draft, unpublished]) {
      const { discussion, param } = discussionOf(ctx, member, subject);
      expect((await discussion.$get({ param, query: {} })).status).toBe(404);
      const posted = await discussion.questions.$post({ param, json: QUESTION });
      expect(posted.status).toBe(404);
      expect((await problemOf(posted)).code).toBe("subject-not-found");
    }
    const bad = await ctx.raw(member, "GET", "/api/discussions/item:nope");
    expect(bad.status).toBe(400);
    expect((await problemOf(bad)).errors?.map((e) => e.field)).toEqual(["subject"]);
    const { discussion, param } = discussionOf(ctx, member, item);
    const long = await discussion.questions.$post({
      param,
      json: { title: "x".repeat(161), body: "" },
    });
    expect(long.status).toBe(400);
    expect((await problemOf(long)).errors?.map((e) => e.field).sort()).toEqual(["body", "title"]);
  });
});

describe("editing, accepting and concurrency", () => {
  it("lets its author edit within the window with If-Match: 412 when stale, 403 for others, 409 after", async () => {
    const author = await fresh();
    const made = await asked(ctx, author, item);
    const param = { subject: item, questionId: made.questionId };
    const edit = { ...QUESTION, title: "How did you recruit and train the mentors?" };
    const edited = await ok(
      discussionOf(ctx, author, item).question.$patch({ param, json: edit, header: ifMatch(1) }),
    );
    expect(edited).toMatchObject({ title: edit.title, version: 2, editedAt: expect.any(String) });
    const stale = await discussionOf(ctx, author, item).question.$patch({
      param,
      json: edit,
      header: ifMatch(1),
    });
    expect(stale.status).toBe(412);
    const other = await discussionOf(ctx, member, item).question.$patch({
      param,
      json: edit,
      header: ifMatch(2),
    });
    expect(other.status).toBe(403);
    const later = appWith({
      now: () => new Date(Date.now() + (EDIT_WINDOW_MINUTES + 1) * 60_000),
    });
    const closed = await later
      .api(author)
      .api.discussions[":subject"].questions[":questionId"].$patch({
        param,
        json: edit,
        header: ifMatch(2),
      });
    expect(closed.status).toBe(409);
    expect((await problemOf(closed)).code).toBe("edit-window-closed");
  });

  it("lets the asker accept an answer and change it; others 403, a stale version 412", async () => {
    const mine = await fresh();
    const made = await answered(ctx, mine, city, item);
    const param = { subject: item, questionId: made.questionId };
    const second = await ok(
      discussionOf(ctx, member, item).question.answers.$post({ param, json: ANSWER }),
    );
    const accept = (caller: Caller, answerId: string | null, version: number) =>
      discussionOf(ctx, caller, item).question.accept.$post({
        param,
        json: { answerId },
        header: ifMatch(version),
      });
    expect((await accept(member, made.answerId, 1)).status).toBe(403);
    const accepted = await ok(accept(mine, made.answerId, 1));
    expect(accepted.acceptedAnswerId).toBe(made.answerId);
    expect(accepted.answers.map((answer) => answer.accepted)).toEqual([true, false]);
    expect((await accept(mine, second.answerId, 1)).status).toBe(412);
    const changed = await ok(accept(mine, second.answerId, 2));
    expect(changed.acceptedAnswerId).toBe(second.answerId);
    const unknown = await accept(mine, "ans_01J9ZC3V6D8R1F3W5S9K2M4N7P", 3);
    expect(unknown.status).toBe(404);
  });
});

describe("reports and moderation", () => {
  it("takes one report per person (409 for a second) into the queue; hiding shows the post as hidden to others", async () => {
    const author = await fresh();
    const made = await asked(ctx, author, item);
    const param = { subject: item, questionId: made.questionId };
    const report = (caller: Caller) =>
      discussionOf(ctx, caller, item).question.report.$post({
        param,
        json: { reason: "Names a private person." },
      });
    expect((await report(member)).status).toBe(204);
    const again = await report(member);
    expect(again.status).toBe(409);
    expect((await problemOf(again)).code).toBe("already-reported");
    expect((await report(city)).status).toBe(204);

    const queue = await ok(ctx.api(admin).api.admin["discussion-reports"].$get({ query: {} }));
    const entry = queue.items.find((each) => each.questionId === made.questionId);
    expect(entry).toMatchObject({ reportCount: 2, answerId: null, questionTitle: QUESTION.title });
    expect(entry?.reports.map((r) => r.reason)).toEqual([
      "Names a private person.",
      "Names a private person.",
    ]);

    const moderate = (decision: "hide" | "restore", version: number) =>
      discussionOf(ctx, admin, item).question.moderation.$post({
        param,
        json: { decision, reason: "Personal data of a third person." },
        header: ifMatch(version),
      });
    expect((await moderate("hide", 1)).status).toBe(200);
    expect((await moderate("hide", 2)).status).toBe(409);
    expect((await moderate("restore", 1)).status).toBe(412);
    const after = await ok(ctx.api(admin).api.admin["discussion-reports"].$get({ query: {} }));
    expect(after.items.map((each) => each.questionId)).not.toContain(made.questionId);

    const seenBy = async (caller: Caller) =>
      (
        await ok(
          discussionOf(ctx, caller, item).discussion.$get({
            param: { subject: item },
            query: { limit: "100" },
          }),
        )
      ).questions?.find((q) => q.questionId === made.questionId);
    expect(await seenBy(member)).toMatchObject({
      state: "hidden",
      title: null,
      body: null,
      author: null,
      hiddenReason: null,
    });
    for (const insider of [author, admin]) {
      expect(await seenBy(insider)).toMatchObject({
        state: "hidden",
        title: QUESTION.title,
        hiddenReason: "Personal data of a third person.",
      });
    }
    expect((await report(asker)).status).toBe(409);
    expect((await moderate("restore", 2)).status).toBe(200);
    expect(await seenBy(member)).toMatchObject({ state: "visible", title: QUESTION.title });

    const log = await core.data.entities.discussionEvent.query
      .bySubject({ subject: item })
      .where(({ postId }, { eq }) => eq(postId, made.questionId))
      .go({ pages: "all" });
    expect(log.data.map((event) => [event.action, event.reason ?? null])).toEqual([
      ["asked", null],
      ["reported", "Names a private person."],
      ["reported", "Names a private person."],
      ["hidden", "Personal data of a third person."],
      ["restored", "Personal data of a third person."],
    ]);
    expect(log.data[0]).toMatchObject({
      postAuthorId: expect.stringMatching(/^usr_/),
      questionAuthorId: expect.stringMatching(/^usr_/),
      subjectCityId: aarhus?.cityId,
    });
  });

  it("lets one of two administrators deciding at once win; the other gets 412", async () => {
    const made = await asked(ctx, await fresh(), item);
    const otherAdmin = await ctx.newUser({ groups: ["admin"] });
    const decide = (caller: Caller) =>
      discussionOf(ctx, caller, item).question.moderation.$post({
        param: { subject: item, questionId: made.questionId },
        json: { decision: "hide", reason: "Personal data of a third person." },
        header: ifMatch(1),
      });
    const statuses = (await Promise.all([decide(admin), decide(otherAdmin)])).map((r) => r.status);
    expect(statuses.sort()).toEqual([200, 412]);
  });

  it("counts only visible posts: hiding takes a post off the counts, restoring puts it back", async () => {
    const subject = `item:${(await itemIn(ctx, "published", city, admin)).itemId}`;
    const made = await answered(ctx, await fresh(), city, subject);
    const counts = async () => {
      const seen = await ok(
        discussionOf(ctx, undefined, subject).discussion.$get({ param: { subject }, query: {} }),
      );
      return [seen.questionCount, seen.answerCount];
    };
    const routes = discussionOf(ctx, admin, subject);
    const answerAt = { subject, questionId: made.questionId, answerId: made.answerId };
    const decide = (decision: "hide" | "restore", version: number, answer: boolean) =>
      ok(
        answer
          ? routes.answer.moderation.$post({
              param: answerAt,
              json: { decision, reason: "Names a private person." },
              header: ifMatch(version),
            })
          : routes.question.moderation.$post({
              param: { subject, questionId: made.questionId },
              json: { decision, reason: "Names a private person." },
              header: ifMatch(version),
            }),
      );
    expect(await counts()).toEqual([1, 1]);
    await decide("hide", made.answerVersion, true);
    expect(await counts()).toEqual([1, 0]);
    await decide("hide", made.version, false);
    expect(await counts()).toEqual([0, 0]);
    await decide("restore", made.version + 1, false);
    await decide("restore", made.answerVersion + 1, true);
    expect(await counts()).toEqual([1, 1]);
  });

  it("refuses answers to a hidden question (409)", async () => {
    const made = await hiddenQuestion(ctx, await fresh(), admin, item);
    const answer = await discussionOf(ctx, member, item).question.answers.$post({
      param: { subject: item, questionId: made.questionId },
      json: ANSWER,
    });
    expect(answer.status).toBe(409);
  });
});

describe("deleting an account", () => {
  it("keeps the person's posts without their name, in the posts, their reports and the log", async () => {
    const leaving = await fresh();
    const made = await answered(ctx, member, leaving, item);
    const param = { subject: item, questionId: made.questionId, answerId: made.answerId };
    const reported = await discussionOf(ctx, leaving, item).question.report.$post({
      param,
      json: { reason: "Names a private person." },
    });
    expect(reported.status).toBe(204);
    expect((await ctx.api(leaving).api.me.$delete()).status).toBe(204);
    const seen = await ok(
      discussionOf(ctx, member, item).discussion.$get({
        param: { subject: item },
        query: { limit: "100" },
      }),
    );
    const answer = seen.questions
      ?.find((q) => q.questionId === made.questionId)
      ?.answers.find((a) => a.answerId === made.answerId);
    expect(answer).toMatchObject({ body: ANSWER.body, author: { name: "" } });
    const queue = await ok(ctx.api(admin).api.admin["discussion-reports"].$get({ query: {} }));
    const entry = queue.items.find((each) => each.questionId === made.questionId);
    expect(entry?.reports.map((report) => report.byName)).toEqual([""]);
    const log = await core.data.entities.discussionEvent.query
      .bySubject({ subject: item })
      .where(({ questionId }, { eq }) => eq(questionId, made.questionId))
      .go({ pages: "all" });
    expect(log.data.map((event) => [event.action, event.byName === ""])).toEqual([
      ["asked", false],
      ["answered", true],
      ["reported", true],
    ]);
  });
});

describe("the hourly limit", () => {
  it(`refuses the post after ${POSTS_PER_HOUR} in an hour with 429 and Retry-After`, async () => {
    const busy = await fresh();
    const { discussion, param } = discussionOf(ctx, busy, item);
    for (let n = 0; n < POSTS_PER_HOUR; n += 1) {
      await ok(discussion.questions.$post({ param, json: QUESTION }));
    }
    const refused = await discussion.questions.$post({ param, json: QUESTION });
    expect(refused.status).toBe(429);
    const wait = Number(refused.headers.get("retry-after"));
    expect(wait).toBeGreaterThan(3000);
    expect(wait).toBeLessThanOrEqual(3600);
    expect((await problemOf(refused)).code).toBe("too-many-posts");
  });
});
