import { DEMO_CITIES } from "@alliance/dev";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type Caller,
  clientsOver,
  ifMatch,
  ok,
  problemOf,
  type TestContext,
  testContext,
} from "./support/context.ts";
import { countedApp } from "./support/counted-app.ts";
import { courseApi, courseOf } from "./support/course-fixtures.ts";
import { learnerOf, lessonIdsOf, RIGHT, WRONG } from "./support/learning-fixtures.ts";

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

/** A learner's requests about one course, through the typed client (over `over` if given). */
const learnerIn = (caller: Caller, courseId: string, over: Pick<TestContext, "api"> = ctx) => {
  const mine = learnerOf(over as TestContext, caller, courseId);
  const param = mine.param;
  const lesson = (lessonId: string) => mine.lesson(lessonId);
  return {
    enrol: () => mine.enrolment.$put({ param }),
    progress: () => mine.enrolment.$get({ param }),
    leave: () => mine.enrolment.$delete({ param }),
    lesson: (lessonId: string) => lesson(lessonId).lesson.$get({ param: lesson(lessonId).param }),
    complete: (lessonId: string) =>
      lesson(lessonId).lesson.completion.$put({ param: lesson(lessonId).param }),
    attempt: (lessonId: string, json: { answers: number[][] }) =>
      lesson(lessonId).lesson.attempts.$post({ param: lesson(lessonId).param, json }),
  };
};
const statsOf = (
  caller: Caller,
  courseId: string,
  query: { format?: "csv" } = {},
  over: Pick<TestContext, "api"> = ctx,
) => over.api(caller).api.courses[":courseId"].stats.$get({ param: { courseId }, query });
/** The course's figures as JSON (the route's type also covers its CSV answer, a Response). */
type Figures = Exclude<Awaited<ReturnType<Awaited<ReturnType<typeof statsOf>>["json"]>>, Response>;
const figures = async (caller: Caller, courseId: string) =>
  (await ok(statsOf(caller, courseId))) as Figures;
const myLearning = (caller: Caller, over: Pick<TestContext, "api"> = ctx) =>
  over.api(caller).api.me.learning.$get();

describe("enrolment and progress", () => {
  it("enrols once, resumes where the learner left off, and marking twice changes nothing", async () => {
    const course = await courseOf(ctx, trainer);
    const [textId, quizId] = await lessonIdsOf(ctx, course.courseId);
    const first = await learnerIn(learner, course.courseId).enrol();
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual(
      expect.objectContaining({ percent: 0, requiredTotal: 2, nextLessonId: textId }),
    );
    expect((await learnerIn(learner, course.courseId).enrol()).status).toBe(200);

    const marked = await ok(learnerIn(learner, course.courseId).complete(textId as string));
    const again = await ok(learnerIn(learner, course.courseId).complete(textId as string));
    expect(marked.percent).toBe(50);
    expect(again).toEqual(marked);
    expect(marked.nextLessonId).toBe(quizId);

    const mine = await ok(myLearning(learner));
    expect(mine.inProgress).toEqual([
      expect.objectContaining({ courseId: course.courseId, percent: 50, nextLessonId: quizId }),
    ]);

    const quizDone = await learnerIn(learner, course.courseId).complete(quizId as string);
    expect(quizDone.status).toBe(409);
    expect((await problemOf(quizDone)).code).toBe("quiz-completes-by-passing");

    const stats = await figures(trainer, course.courseId);
    expect(stats).toEqual(expect.objectContaining({ enrolled: 1, completed: 0, active30Days: 1 }));
    expect(stats.lessons.map((lesson) => lesson.done)).toEqual([1, 0]);
  });

  it("answers 404 to lessons of a course the caller does not follow, and to a left course", async () => {
    const course = await courseOf(ctx, trainer);
    const [textId] = await lessonIdsOf(ctx, course.courseId);
    const other = await ctx.newUser();
    const theirs = learnerIn(other, course.courseId);
    expect((await theirs.lesson(textId as string)).status).toBe(404);
    expect((await theirs.complete(textId as string)).status).toBe(404);

    await ok(learnerIn(other, course.courseId).enrol());
    await ok(theirs.complete(textId as string));
    expect((await learnerIn(other, course.courseId).leave()).status).toBe(204);
    expect((await theirs.lesson(textId as string)).status).toBe(404);
    expect((await ok(myLearning(other))).inProgress).toEqual([]);
    expect((await figures(trainer, course.courseId)).enrolled).toBe(0);

    // Coming back keeps what was done: progress never goes backwards.
    const back = await ok(learnerIn(other, course.courseId).enrol());
    expect(back.percent).toBe(50);
    expect((await figures(trainer, course.courseId)).enrolled).toBe(1);
  });
});

describe("quizzes, completion and certificates", () => {
  it("scores on the server, limits attempts, then completes the course with a certificate", async () => {
    const course = await courseOf(ctx, trainer);
    const [textId, quizId] = (await lessonIdsOf(ctx, course.courseId)) as [string, string];
    const someone = await ctx.newUser({ cityId: DEMO_CITIES[0]?.cityId });
    await ok(learnerIn(someone, course.courseId).enrol());
    const theirs = learnerIn(someone, course.courseId);
    const attempt = (json: { answers: number[][] }) => theirs.attempt(quizId, json);

    const page = await ok(theirs.lesson(quizId));
    expect(JSON.stringify(page)).not.toContain("SECRET");
    expect(JSON.stringify(page)).not.toContain('"correct"');
    expect(page.quiz).toEqual(expect.objectContaining({ attempts: 0, attemptsLeft: 3 }));

    const misfit = await attempt({ answers: [[0], [1]] });
    expect(misfit.status).toBe(400);
    expect((await problemOf(misfit)).errors).toEqual([
      expect.objectContaining({ field: "answers" }),
    ]);

    const failed = await ok(attempt(WRONG));
    expect(failed).toEqual(
      expect.objectContaining({ attempt: 1, score: 0, passed: false, passMark: 60 }),
    );
    expect(failed.questions).toEqual([
      { correct: false, feedback: [{ option: 0, text: "SECRET-police-feedback" }] },
    ]);
    expect(failed.quiz.attemptsLeft).toBe(2);

    await ok(learnerIn(someone, course.courseId).complete(textId));
    const passed = await ok(attempt(RIGHT));
    expect(passed).toEqual(expect.objectContaining({ attempt: 2, score: 100, passed: true }));
    expect(passed.progress).toEqual(
      expect.objectContaining({
        status: "completed",
        percent: 100,
        certificateCode: expect.any(String),
      }),
    );
    expect((await attempt(RIGHT)).status).toBe(409);

    const code = passed.progress.certificateCode as string;
    const certificate = (caller: Caller | undefined, code: string) =>
      ctx.api(caller).api.certificates[":code"].$get({ param: { code } });
    const ownCertificate = (caller: Caller) =>
      ctx.api(caller).api.me.certificates[":code"].$get({ param: { code } });
    const verified = await ok(certificate(someone, code.toLowerCase()));
    expect(verified).toEqual(
      expect.objectContaining({
        status: "valid",
        courseTitle: expect.any(String),
        versionNumber: 1,
      }),
    );
    const anonymous = await certificate(undefined, code);
    expect(anonymous.status).toBe(200);
    expect((await certificate(undefined, "ALC-0000-0000-0000")).status).toBe(404);

    const pdf = await ownCertificate(someone);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    expect((await ownCertificate(learner)).status).toBe(404);

    const mine = await ok(myLearning(someone));
    expect(mine.completed).toEqual([
      expect.objectContaining({ courseId: course.courseId, certificateCode: code }),
    ]);
    expect((await learnerIn(someone, course.courseId).leave()).status).toBe(409);

    const stats = await figures(trainer, course.courseId);
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
    const csv = await statsOf(trainer, course.courseId, { format: "csv" });
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(await csv.text()).toContain("learners_attempted,attempts,passes");

    const admin = await ctx.newUser({ groups: ["admin"] });
    const city = await ok(
      ctx.api(admin).api.cities[":cityId"].learning.$get({
        param: { cityId: String(DEMO_CITIES[0]?.cityId) },
      }),
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
    await ok(learnerIn(someone, course.courseId).enrol());
    const theirs = learnerIn(someone, course.courseId);
    for (let i = 0; i < 3; i += 1) await ok(theirs.attempt(quizId, WRONG));
    const refused = await theirs.attempt(quizId, RIGHT);
    expect(refused.status).toBe(409);
    expect((await problemOf(refused)).code).toBe("no-attempts-left");
    const stats = await figures(trainer, course.courseId);
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
    const { course: routes, param } = courseApi(ctx, trainer, course.courseId);
    const added = await ok(
      routes.draft.modules[":moduleId"].lessons.$post({
        param: { ...param, moduleId: course.moduleId },
        json: { title, content: { kind: "text", body } },
        header: ifMatch(course.version),
      }),
    );
    await ok(routes.publish.$post({ param, header: ifMatch(added.version) }));
    return added;
  }

  it("carries progress over by lesson id: new lessons lower the percentage, removed ones stop counting", async () => {
    const course = await courseOf(ctx, trainer);
    const [textId] = (await lessonIdsOf(ctx, course.courseId)) as [string, string];
    const someone = await ctx.newUser();
    await ok(learnerIn(someone, course.courseId).enrol());
    await ok(learnerIn(someone, course.courseId).complete(textId));

    const added = await republishWithLesson(course, "A new case study", "Rotterdam, 2026.");
    const v2 = await ok(learnerIn(someone, course.courseId).progress());
    expect(v2).toEqual(
      expect.objectContaining({
        versionNumber: 2,
        requiredTotal: 3,
        requiredDone: 1,
        percent: 33,
        newLessons: 1,
      }),
    );

    const { course: routes, param } = courseApi(ctx, trainer, course.courseId);
    const removed = await ok(
      routes.draft.lessons[":lessonId"].$delete({
        param: { ...param, lessonId: textId },
        header: ifMatch(added.version + 1),
      }),
    );
    await ok(routes.publish.$post({ param, header: ifMatch(removed.version) }));
    const v3 = await ok(learnerIn(someone, course.courseId).progress());
    expect(v3).toEqual(
      expect.objectContaining({ versionNumber: 3, requiredTotal: 2, requiredDone: 0, percent: 0 }),
    );
  });

  it("keeps a completed course completed when a later version adds a lesson", async () => {
    const course = await courseOf(ctx, trainer);
    const [textId, quizId] = (await lessonIdsOf(ctx, course.courseId)) as [string, string];
    const someone = await ctx.newUser();
    await ok(learnerIn(someone, course.courseId).enrol());
    await ok(learnerIn(someone, course.courseId).complete(textId));
    await ok(learnerIn(someone, course.courseId).attempt(quizId, RIGHT));
    await republishWithLesson(course, "More", "More.");
    const after = await ok(learnerIn(someone, course.courseId).progress());
    expect(after).toEqual(expect.objectContaining({ status: "completed", percent: 100 }));
  });
});

describe("DynamoDB requests per view", () => {
  it("my learning, a lesson page and the statistics read at most twice; a completion writes once", async () => {
    const course = await courseOf(ctx, trainer);
    const [textId] = (await lessonIdsOf(ctx, course.courseId)) as [string, string];
    const someone = await ctx.newUser();
    await ok(learnerIn(someone, course.courseId).enrol());
    const { app, counter } = countedApp();
    const counted = clientsOver(async (_caller, input, init) => app.request(input, init));
    const measure = async (request: () => Promise<{ status: number }>) => {
      counter.requests = 0;
      counter.commands = [];
      const response = await request();
      expect(response.status).toBeLessThan(300);
      return [...counter.commands];
    };
    const theirs = learnerIn(someone, course.courseId, counted);
    const mine = await measure(() => myLearning(someone, counted));
    const lessonPage = await measure(() => theirs.lesson(textId));
    const completion = await measure(() => theirs.complete(textId));
    const stats = await measure(() => statsOf(trainer, course.courseId, {}, counted));
    expect(mine).toEqual(["Query", "BatchGet"]);
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
    await ok(learnerIn(someone, course.courseId).enrol());
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => learnerIn(someone, course.courseId).complete(textId)),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(50).fill(200));
    const progress = await ok(learnerIn(someone, course.courseId).progress());
    expect(progress.requiredDone).toBe(1);
    const stats = await figures(trainer, course.courseId);
    expect(stats.lessons[0]?.done).toBe(1);
  });

  it("50 learners completing lessons of one course at once leave exact counters", async () => {
    const course = await courseOf(ctx, trainer);
    const [textId, quizId] = (await lessonIdsOf(ctx, course.courseId)) as [string, string];
    const learners = await Promise.all(Array.from({ length: 50 }, () => ctx.newUser()));
    await Promise.all(learners.map((each) => ok(learnerIn(each, course.courseId).enrol())));
    await Promise.all(
      learners.map(async (each, index) => {
        await ok(learnerIn(each, course.courseId).complete(textId));
        if (index % 2 === 0) {
          await ok(learnerIn(each, course.courseId).attempt(quizId, RIGHT));
        }
      }),
    );
    const stats = await figures(trainer, course.courseId);
    expect(stats).toEqual(
      expect.objectContaining({
        enrolled: 50,
        completed: 25,
        completionRate: 50,
        active30Days: 50,
      }),
    );
    expect(stats.lessons.map((lesson) => lesson.done)).toEqual([50, 25]);
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
    await ok(learnerIn(someone, course.courseId).enrol());
    await ok(learnerIn(someone, course.courseId).complete(textId));
    await ok(learnerIn(someone, course.courseId).attempt(quizId, WRONG));
    const passed = await ok(learnerIn(someone, course.courseId).attempt(quizId, RIGHT));
    const code = passed.progress.certificateCode as string;

    const record = await ctx.api(someone).api.me["learning-record"].$get();
    expect(record.headers.get("content-disposition")).toContain("learning-record.json");
    const body = await record.json();
    expect(body.enrolments).toEqual([
      expect.objectContaining({
        courseId: course.courseId,
        status: "completed",
        done: [textId, quizId],
      }),
    ]);
    expect(body.quizAttempts.map((attempt) => attempt.passed)).toEqual([false, true]);
    expect(body.certificates).toEqual([expect.objectContaining({ code })]);
    expect(JSON.stringify(body)).not.toContain(someone.token);

    expect((await ctx.api(someone).api.me.$delete()).status).toBe(204);
    const verified = await ok(ctx.api(trainer).api.certificates[":code"].$get({ param: { code } }));
    expect(verified).toEqual(
      expect.objectContaining({
        status: "revoked",
        holderName: null,
        revokedReason: "holder-request",
      }),
    );
    const stats = await figures(trainer, course.courseId);
    expect(stats).toEqual(expect.objectContaining({ enrolled: 0, completed: 0 }));
    // The sign-in is gone too.
    await expect(ctx.signInAgain(someone)).rejects.toThrow();
  });
});
