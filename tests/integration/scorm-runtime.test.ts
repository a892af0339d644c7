import { beforeAll, describe, expect, it } from "vitest";
import {
  type Caller,
  ifMatch,
  ok,
  problemOf,
  type TestContext,
  testContext,
} from "./support/context.ts";
import { courseOf } from "./support/course-fixtures.ts";
import { learnerOf, lessonIdsOf } from "./support/learning-fixtures.ts";
import { scormCourseOf } from "./support/scorm-fixtures.ts";

/*
 * A learner's SCORM run-time record (decision 0085) on DynamoDB Local: saved with
 * If-Match, resumed, refused when stale or beyond the standard's limits, and a save that
 * reports the lesson done completes it, the course and its certificate.
 */
let ctx: TestContext;
let trainer: Caller;

beforeAll(async () => {
  ctx = await testContext();
  trainer = await ctx.newUser({ groups: ["trainer"] });
});

const INCOMPLETE_12 = {
  standard: "1.2",
  lessonStatus: "incomplete",
  scoreRaw: null,
  location: "page-2",
  suspendData: "visited=1,2",
  sessionTime: "0000:02:10.5",
} as const;

/** The SCORM routes of one lesson as `caller`. */
function scormOf(caller: Caller, courseId: string, lessonId: string) {
  const { lesson, param } = learnerOf(ctx, caller, courseId).lesson(lessonId);
  return {
    get: () => lesson.scorm.$get({ param }),
    put: (json: Parameters<typeof lesson.scorm.$put>[0]["json"], version?: number) =>
      lesson.scorm.$put({ param, json, header: version === undefined ? {} : ifMatch(version) }),
  };
}

async function enrolled(standard: "1.2" | "2004") {
  const course = await scormCourseOf(ctx, trainer, standard);
  const learner = await ctx.newUser();
  const learning = learnerOf(ctx, learner, course.courseId);
  await ok(learning.enrolment.$put({ param: learning.param }));
  return {
    ...course,
    learner,
    learning,
    scorm: scormOf(learner, course.courseId, course.lessonId),
  };
}

describe("a SCORM lesson's run-time record", () => {
  it("is empty before the first save, then resumes what was saved; a stale save is refused", async () => {
    const { scorm, packageId, learner, courseId, lessonId } = await enrolled("1.2");
    const empty = await scorm.get();
    expect(empty.status).toBe(200);
    expect(empty.headers.get("etag")).toBe('"0"');
    expect(await empty.json()).toEqual({
      packageId,
      standard: "1.2",
      launchPath: "index.html",
      data: null,
      lessonDone: false,
      savedAt: null,
      version: 0,
    });

    const saved = await scorm.put(INCOMPLETE_12, 0);
    expect(saved.status).toBe(200);
    expect(saved.headers.get("etag")).toBe('"1"');
    const record = await saved.json();
    expect(record).toMatchObject({ data: INCOMPLETE_12, lessonDone: false, version: 1 });

    const resumed = await ok(scorm.get());
    expect(resumed).toEqual(record);

    // A second tab still holding version 0 is refused, and changes nothing.
    const stale = await scorm.put({ ...INCOMPLETE_12, location: "page-9" }, 0);
    expect(stale.status).toBe(412);
    expect((await problemOf(stale)).code).toBe("stale-version");
    const missing = await scorm.put(INCOMPLETE_12);
    expect(missing.status).toBe(428);
    expect((await ok(scorm.get())).data?.location).toBe("page-2");

    const next = await ok(scorm.put({ ...INCOMPLETE_12, location: "page-3" }, 1));
    expect(next).toMatchObject({ version: 2, data: { location: "page-3" } });

    // The learner takes it away with the rest of their learning record.
    const exported = await ok(ctx.api(learner).api.me["learning-record"].$get());
    expect(exported.scormRecords).toEqual([
      expect.objectContaining({ courseId, lessonId, packageId, data: next.data }),
    ]);
  });

  it("refuses what the standard does not allow, naming the field, and saves nothing", async () => {
    const { scorm } = await enrolled("1.2");
    const cases: [unknown, string][] = [
      [{ ...INCOMPLETE_12, suspendData: "x".repeat(4097) }, "suspendData"],
      [{ ...INCOMPLETE_12, location: "x".repeat(256) }, "location"],
      [{ ...INCOMPLETE_12, lessonStatus: "done" }, "lessonStatus"],
      [{ ...INCOMPLETE_12, scoreRaw: 101 }, "scoreRaw"],
      [{ ...INCOMPLETE_12, sessionTime: "PT2M" }, "sessionTime"],
      [{ ...INCOMPLETE_12, cmi: {} }, "cmi"],
    ];
    for (const [json, field] of cases) {
      const refused = await scorm.put(json as typeof INCOMPLETE_12, 0);
      expect(refused.status, field).toBe(400);
      expect((await problemOf(refused)).errors?.map((error) => error.field)).toContain(field);
    }
    expect((await ok(scorm.get())).version).toBe(0);
  });

  it("completes the lesson, the course and its certificate when the package reports it done; done stays done", async () => {
    const { scorm, learning } = await enrolled("2004");
    const big = "s".repeat(64_000);
    const completed = await ok(
      scorm.put(
        {
          standard: "2004",
          completionStatus: "completed",
          successStatus: "passed",
          scoreScaled: 0.9,
          location: "end",
          suspendData: big,
          sessionTime: "PT12M30S",
        },
        0,
      ),
    );
    expect(completed).toMatchObject({ lessonDone: true, version: 1 });
    const progress = await ok(learning.enrolment.$get({ param: learning.param }));
    expect(progress).toEqual(
      expect.objectContaining({
        status: "completed",
        percent: 100,
        certificateCode: expect.any(String),
      }),
    );
    const code = progress.certificateCode as string;
    const certificate = await ok(ctx.api().api.certificates[":code"].$get({ param: { code } }));
    expect(certificate).toMatchObject({ courseTitle: "Interactive prevention module" });

    // A later session that reports less takes nothing back, and issues nothing again.
    const later = await ok(
      scorm.put(
        {
          standard: "2004",
          completionStatus: "incomplete",
          successStatus: "unknown",
          scoreScaled: null,
          location: "start",
          suspendData: "",
          sessionTime: "PT1M",
        },
        1,
      ),
    );
    expect(later).toMatchObject({ lessonDone: true, version: 2 });
    const after = await ok(learning.enrolment.$get({ param: learning.param }));
    expect(after).toMatchObject({ status: "completed", certificateCode: code });
  });

  it("answers only the enrolled learner, on a SCORM lesson", async () => {
    const { courseId, lessonId } = await enrolled("1.2");
    const stranger = await ctx.newUser();
    const notEnrolled = await scormOf(stranger, courseId, lessonId).get();
    expect(notEnrolled.status).toBe(404);
    expect((await problemOf(notEnrolled)).code).toBe("enrolment-not-found");

    const plain = await courseOf(ctx, trainer);
    const learner = await ctx.newUser();
    const learning = learnerOf(ctx, learner, plain.courseId);
    await ok(learning.enrolment.$put({ param: learning.param }));
    const [textId] = (await lessonIdsOf(ctx, plain.courseId)) as [string];
    const text = scormOf(learner, plain.courseId, textId);
    const onText = await text.put(INCOMPLETE_12, 0);
    expect(onText.status).toBe(409);
    expect((await problemOf(onText)).code).toBe("not-a-scorm-lesson");
    const unknown = await scormOf(learner, plain.courseId, "les_01J9ZC3V6D8R1F3W5S9K2M4N7P").get();
    expect(unknown.status).toBe(404);
  });
});
