import { DEMO_CITIES } from "@alliance/dev";
import { beforeAll, describe, expect, it } from "vitest";
import { type Caller, type TestContext, testContext } from "./support/context.ts";
import { countedApp } from "./support/counted-app.ts";
import { courseOf, courses, step } from "./support/course-fixtures.ts";
import {
  enrolmentOf,
  lessonIdsOf,
  lessonOf,
  ok,
  RIGHT,
  WRONG,
} from "./support/learning-fixtures.ts";

let ctx: TestContext;
let trainer: Caller;
let learner: Caller;

beforeAll(async () => {
  ctx = await testContext();
  [trainer, learner] = await Promise.all([
    ctx.newUser({ groups: ["trainer"] }),
    ctx.newUser({ cityId: DEMO_CITIES[2]?.cityId }),
  ]);
});

const statsOf = (courseId: string) => `${courses}/${courseId}/stats`;

describe("enrolment and progress", () => {
  it("enrols once, resumes where the learner left off, and marking twice changes nothing", async () => {
    const course = await courseOf(ctx, trainer);
    const [textId, quizId] = await lessonIdsOf(ctx, course.courseId);
    const first = await ctx.call(learner, "PUT", enrolmentOf(course.courseId));
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual(
      expect.objectContaining({ percent: 0, requiredTotal: 2, nextLessonId: textId }),
    );
    expect((await ctx.call(learner, "PUT", enrolmentOf(course.courseId))).status).toBe(200);

    const marked = await ok(
      ctx,
      learner,
      "PUT",
      `${lessonOf(course.courseId, textId as string)}/completion`,
    );
    const again = await ok(
      ctx,
      learner,
      "PUT",
      `${lessonOf(course.courseId, textId as string)}/completion`,
    );
    expect(marked.percent).toBe(50);
    expect(again).toEqual(marked);
    expect(marked.nextLessonId).toBe(quizId);

    const mine = await ok(ctx, learner, "GET", "/api/me/learning");
    expect(mine.inProgress).toEqual([
      expect.objectContaining({ courseId: course.courseId, percent: 50, nextLessonId: quizId }),
    ]);

    const quizDone = await ctx.call(
      learner,
      "PUT",
      `${lessonOf(course.courseId, quizId as string)}/completion`,
    );
    expect(quizDone.status).toBe(409);
    expect((await quizDone.json()).code).toBe("quiz-completes-by-passing");

    const stats = await ok(ctx, trainer, "GET", statsOf(course.courseId));
    expect(stats).toEqual(expect.objectContaining({ enrolled: 1, completed: 0, active30Days: 1 }));
    expect(stats.lessons.map((lesson: { done: number }) => lesson.done)).toEqual([1, 0]);
  });

  it("answers 404 to lessons of a course the caller does not follow, and to a left course", async () => {
    const course = await courseOf(ctx, trainer);
    const [textId] = await lessonIdsOf(ctx, course.courseId);
    const other = await ctx.newUser();
    const lesson = lessonOf(course.courseId, textId as string);
    expect((await ctx.call(other, "GET", lesson)).status).toBe(404);
    expect((await ctx.call(other, "PUT", `${lesson}/completion`)).status).toBe(404);

    await ok(ctx, other, "PUT", enrolmentOf(course.courseId));
    await ok(ctx, other, "PUT", `${lesson}/completion`);
    expect((await ctx.call(other, "DELETE", enrolmentOf(course.courseId))).status).toBe(204);
    expect((await ctx.call(other, "GET", lesson)).status).toBe(404);
    expect((await ok(ctx, other, "GET", "/api/me/learning")).inProgress).toEqual([]);
    expect((await ok(ctx, trainer, "GET", statsOf(course.courseId))).enrolled).toBe(0);

    // Coming back keeps what was done: progress never goes backwards.
    const back = await ok(ctx, other, "PUT", enrolmentOf(course.courseId));
    expect(back.percent).toBe(50);
    expect((await ok(ctx, trainer, "GET", statsOf(course.courseId))).enrolled).toBe(1);
  });
});

describe("quizzes, completion and certificates", () => {
  it("scores on the server, limits attempts, then completes the course with a certificate", async () => {
    const course = await courseOf(ctx, trainer);
    const [textId, quizId] = (await lessonIdsOf(ctx, course.courseId)) as [string, string];
    const someone = await ctx.newUser({ cityId: DEMO_CITIES[0]?.cityId });
    await ok(ctx, someone, "PUT", enrolmentOf(course.courseId));
    const attempts = `${lessonOf(course.courseId, quizId)}/attempts`;

    const page = await ok(ctx, someone, "GET", lessonOf(course.courseId, quizId));
    expect(JSON.stringify(page)).not.toContain("SECRET");
    expect(JSON.stringify(page)).not.toContain('"correct"');
    expect(page.quiz).toEqual(expect.objectContaining({ attempts: 0, attemptsLeft: 3 }));

    const misfit = await ctx.call(someone, "POST", attempts, { answers: [[0], [1]] });
    expect(misfit.status).toBe(400);
    expect((await misfit.json()).errors).toEqual([expect.objectContaining({ field: "answers" })]);

    const failed = await ok(ctx, someone, "POST", attempts, WRONG);
    expect(failed).toEqual(
      expect.objectContaining({ attempt: 1, score: 0, passed: false, passMark: 60 }),
    );
    expect(failed.questions).toEqual([
      { correct: false, feedback: [{ option: 0, text: "SECRET-police-feedback" }] },
    ]);
    expect(failed.quiz.attemptsLeft).toBe(2);

    await ok(ctx, someone, "PUT", `${lessonOf(course.courseId, textId)}/completion`);
    const passed = await ok(ctx, someone, "POST", attempts, RIGHT);
    expect(passed).toEqual(expect.objectContaining({ attempt: 2, score: 100, passed: true }));
    expect(passed.progress).toEqual(
      expect.objectContaining({
        status: "completed",
        percent: 100,
        certificateCode: expect.any(String),
      }),
    );
    expect((await ctx.call(someone, "POST", attempts, RIGHT)).status).toBe(409);

    const code: string = passed.progress.certificateCode;
    const verified = await ok(ctx, someone, "GET", `/api/certificates/${code.toLowerCase()}`);
    expect(verified).toEqual(
      expect.objectContaining({
        status: "valid",
        courseTitle: expect.any(String),
        versionNumber: 1,
      }),
    );
    const anonymous = await ctx.call(undefined, "GET", `/api/certificates/${code}`);
    expect(anonymous.status).toBe(200);
    expect((await ctx.call(undefined, "GET", "/api/certificates/ALC-0000-0000-0000")).status).toBe(
      404,
    );

    const pdf = await ctx.call(someone, "GET", `/api/me/certificates/${code}`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    expect((await ctx.call(learner, "GET", `/api/me/certificates/${code}`)).status).toBe(404);

    const mine = await ok(ctx, someone, "GET", "/api/me/learning");
    expect(mine.completed).toEqual([
      expect.objectContaining({ courseId: course.courseId, certificateCode: code }),
    ]);
    expect((await ctx.call(someone, "DELETE", enrolmentOf(course.courseId))).status).toBe(409);

    const stats = await ok(ctx, trainer, "GET", statsOf(course.courseId));
    expect(stats).toEqual(
      expect.objectContaining({ enrolled: 1, completed: 1, completionRate: 100 }),
    );
    expect(stats.quizzes).toEqual([
      expect.objectContaining({
        attempters: 1,
        attempts: 2,
        passes: 1,
        passRate: 100,
        averageAttempts: 2,
      }),
    ]);
    const csv = await ctx.call(trainer, "GET", `${statsOf(course.courseId)}?format=csv`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(await csv.text()).toContain("learners_attempted,attempts,passes");

    const city = await ok(
      ctx,
      await ctx.newUser({ groups: ["admin"] }),
      "GET",
      `/api/cities/${DEMO_CITIES[0]?.cityId}/learning`,
    );
    expect(city.courses).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ courseId: course.courseId, enrolled: 1, completed: 1 }),
      ]),
    );
  });

  it("refuses attempts past the limit", async () => {
    const course = await courseOf(ctx, trainer);
    const [, quizId] = (await lessonIdsOf(ctx, course.courseId)) as [string, string];
    const someone = await ctx.newUser();
    await ok(ctx, someone, "PUT", enrolmentOf(course.courseId));
    const attempts = `${lessonOf(course.courseId, quizId)}/attempts`;
    for (let i = 0; i < 3; i += 1) await ok(ctx, someone, "POST", attempts, WRONG);
    const refused = await ctx.call(someone, "POST", attempts, RIGHT);
    expect(refused.status).toBe(409);
    expect((await refused.json()).code).toBe("no-attempts-left");
    const stats = await ok(ctx, trainer, "GET", statsOf(course.courseId));
    expect(stats.quizzes[0]).toEqual(expect.objectContaining({ attempts: 3, passes: 0 }));
  });
});

describe("republishing", () => {
  /** The trainer adds a required text lesson to the course's module and publishes again. */
  async function republishWithLesson(
    course: Awaited<ReturnType<typeof courseOf>>,
    title: string,
    body: string,
  ) {
    const added = await step(
      ctx,
      trainer,
      "POST",
      `${courses}/${course.courseId}/draft/modules/${course.moduleId}/lessons`,
      course.version,
      { title, content: { kind: "text", body } },
    );
    await step(ctx, trainer, "POST", `${courses}/${course.courseId}/publish`, added.version);
    return added;
  }

  it("carries progress over by lesson id: new lessons lower the percentage, removed ones stop counting", async () => {
    const course = await courseOf(ctx, trainer);
    const [textId] = (await lessonIdsOf(ctx, course.courseId)) as [string, string];
    const someone = await ctx.newUser();
    await ok(ctx, someone, "PUT", enrolmentOf(course.courseId));
    await ok(ctx, someone, "PUT", `${lessonOf(course.courseId, textId)}/completion`);

    const draft = `${courses}/${course.courseId}/draft`;
    const added = await republishWithLesson(course, "A new case study", "Rotterdam, 2026.");
    const v2 = await ok(ctx, someone, "GET", enrolmentOf(course.courseId));
    expect(v2).toEqual(
      expect.objectContaining({
        versionNumber: 2,
        requiredTotal: 3,
        requiredDone: 1,
        percent: 33,
        newLessons: 1,
      }),
    );

    const removed = await step(
      ctx,
      trainer,
      "DELETE",
      `${draft}/lessons/${textId}`,
      added.version + 1,
    );
    await step(ctx, trainer, "POST", `${courses}/${course.courseId}/publish`, removed.version);
    const v3 = await ok(ctx, someone, "GET", enrolmentOf(course.courseId));
    expect(v3).toEqual(
      expect.objectContaining({ versionNumber: 3, requiredTotal: 2, requiredDone: 0, percent: 0 }),
    );
  });

  it("keeps a completed course completed when a later version adds a lesson", async () => {
    const course = await courseOf(ctx, trainer);
    const [textId, quizId] = (await lessonIdsOf(ctx, course.courseId)) as [string, string];
    const someone = await ctx.newUser();
    await ok(ctx, someone, "PUT", enrolmentOf(course.courseId));
    await ok(ctx, someone, "PUT", `${lessonOf(course.courseId, textId)}/completion`);
    await ok(ctx, someone, "POST", `${lessonOf(course.courseId, quizId)}/attempts`, RIGHT);
    await republishWithLesson(course, "More", "More.");
    const after = await ok(ctx, someone, "GET", enrolmentOf(course.courseId));
    expect(after).toEqual(expect.objectContaining({ status: "completed", percent: 100 }));
  });
});

describe("DynamoDB requests per view", () => {
  it("my learning, a lesson page and the statistics read at most twice; a completion writes once", async () => {
    const course = await courseOf(ctx, trainer);
    const [textId] = (await lessonIdsOf(ctx, course.courseId)) as [string, string];
    const someone = await ctx.newUser();
    await ok(ctx, someone, "PUT", enrolmentOf(course.courseId));
    const { app, counter } = countedApp();
    const as = async (caller: Caller, method: string, path: string) =>
      app.request(path, { method, headers: { authorization: `Bearer ${caller.token}` } });
    const measure = async (request: () => Promise<Response>) => {
      counter.requests = 0;
      counter.commands = [];
      const response = await request();
      expect(response.status).toBeLessThan(300);
      return [...counter.commands];
    };
    const myLearning = await measure(() => as(someone, "GET", "/api/me/learning"));
    const lessonPage = await measure(() => as(someone, "GET", lessonOf(course.courseId, textId)));
    const completion = await measure(() =>
      as(someone, "PUT", `${lessonOf(course.courseId, textId)}/completion`),
    );
    const stats = await measure(() => as(trainer, "GET", statsOf(course.courseId)));
    expect(myLearning).toEqual(["Query", "BatchGet"]);
    expect(lessonPage.sort()).toEqual(["Get", "Get"]);
    expect(completion.filter((command) => !command.startsWith("Get"))).toEqual(["TransactWrite"]);
    expect(stats.sort()).toEqual(["Query", "Query"]);
  });
});

describe("concurrency", () => {
  it("50 concurrent completions of one lesson by one learner count once", async () => {
    const course = await courseOf(ctx, trainer);
    const [textId] = (await lessonIdsOf(ctx, course.courseId)) as [string, string];
    const someone = await ctx.newUser();
    await ok(ctx, someone, "PUT", enrolmentOf(course.courseId));
    const path = `${lessonOf(course.courseId, textId)}/completion`;
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => ctx.call(someone, "PUT", path)),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(50).fill(200));
    const progress = await ok(ctx, someone, "GET", enrolmentOf(course.courseId));
    expect(progress.requiredDone).toBe(1);
    const stats = await ok(ctx, trainer, "GET", statsOf(course.courseId));
    expect(stats.lessons[0].done).toBe(1);
  });

  it("50 learners completing lessons of one course at once leave exact counters", async () => {
    const course = await courseOf(ctx, trainer);
    const [textId, quizId] = (await lessonIdsOf(ctx, course.courseId)) as [string, string];
    const learners = await Promise.all(Array.from({ length: 50 }, () => ctx.newUser()));
    await Promise.all(learners.map((each) => ok(ctx, each, "PUT", enrolmentOf(course.courseId))));
    await Promise.all(
      learners.map(async (each, index) => {
        await ok(ctx, each, "PUT", `${lessonOf(course.courseId, textId)}/completion`);
        if (index % 2 === 0) {
          await ok(ctx, each, "POST", `${lessonOf(course.courseId, quizId)}/attempts`, RIGHT);
        }
      }),
    );
    const stats = await ok(ctx, trainer, "GET", statsOf(course.courseId));
    expect(stats).toEqual(
      expect.objectContaining({
        enrolled: 50,
        completed: 25,
        completionRate: 50,
        active30Days: 50,
      }),
    );
    expect(stats.lessons.map((lesson: { done: number }) => lesson.done)).toEqual([50, 25]);
    expect(stats.quizzes[0]).toEqual(
      expect.objectContaining({ attempters: 25, attempts: 25, passes: 25 }),
    );
  });
});

describe("the learner's own data", () => {
  it("exports the whole record, then deletes the account: data gone, certificate revoked, counters adjusted", async () => {
    const course = await courseOf(ctx, trainer);
    const [textId, quizId] = (await lessonIdsOf(ctx, course.courseId)) as [string, string];
    const someone = await ctx.newUser({ cityId: DEMO_CITIES[1]?.cityId });
    await ok(ctx, someone, "PUT", enrolmentOf(course.courseId));
    await ok(ctx, someone, "PUT", `${lessonOf(course.courseId, textId)}/completion`);
    await ok(ctx, someone, "POST", `${lessonOf(course.courseId, quizId)}/attempts`, WRONG);
    const passed = await ok(
      ctx,
      someone,
      "POST",
      `${lessonOf(course.courseId, quizId)}/attempts`,
      RIGHT,
    );
    const code: string = passed.progress.certificateCode;

    const record = await ctx.call(someone, "GET", "/api/me/learning-record");
    expect(record.headers.get("content-disposition")).toContain("learning-record.json");
    const body = await record.json();
    expect(body.enrolments).toEqual([
      expect.objectContaining({
        courseId: course.courseId,
        status: "completed",
        done: [textId, quizId],
      }),
    ]);
    expect(body.quizAttempts.map((attempt: { passed: boolean }) => attempt.passed)).toEqual([
      false,
      true,
    ]);
    expect(body.certificates).toEqual([expect.objectContaining({ code })]);
    expect(JSON.stringify(body)).not.toContain(someone.token);

    expect((await ctx.call(someone, "DELETE", "/api/me")).status).toBe(204);
    const verified = await ok(ctx, trainer, "GET", `/api/certificates/${code}`);
    expect(verified).toEqual(
      expect.objectContaining({
        status: "revoked",
        holderName: null,
        revokedReason: "holder-request",
      }),
    );
    const stats = await ok(ctx, trainer, "GET", statsOf(course.courseId));
    expect(stats).toEqual(expect.objectContaining({ enrolled: 0, completed: 0 }));
    // The sign-in is gone too.
    await expect(ctx.signInAgain(someone)).rejects.toThrow();
  });
});
