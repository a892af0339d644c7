import { createDynamoClient, ENV, loadConfig } from "@alliance/core";
import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { type Caller, ok, type TestContext, testContext } from "./support/context.ts";
import { courseOf } from "./support/course-fixtures.ts";
import { learnerOf, lessonIdsOf } from "./support/learning-fixtures.ts";
import { claimsOf } from "./support/tokens.ts";

const env = inject("apiEnv");
const TableName = env[ENV.tableName] ?? "";
const client = createDynamoClient(loadConfig(env));

let ctx: TestContext;
let trainer: Caller;

beforeAll(async () => {
  ctx = await testContext();
  trainer = await ctx.newUser({ groups: ["trainer"] });
});

/**
 * An enrolment as the table holds it since learning began: its change counter is
 * stored as `rev` (the code calls it `version`, as every other entity does). The
 * keys are ElectroDB's, written out, since they are what is stored.
 */
function storedEnrolment(subject: string, courseId: string, lessonIds: string[], at: string) {
  const lower = (text: string) => text.toLowerCase();
  return {
    pk: `$alliance#subject_${lower(subject)}`,
    sk: `$enrolment_1#courseid_${lower(courseId)}`,
    gsi1pk: `$alliance#courseid_${lower(courseId)}`,
    gsi1sk: `$enrolment_1#lastactiveat_${lower(at)}`,
    __edb_e__: "enrolment",
    __edb_v__: "1",
    subject,
    courseId,
    status: "active",
    enrolledAt: at,
    lastActiveAt: at,
    done: [],
    known: lessonIds,
    quizzes: {},
    rev: 4,
  };
}

describe("an enrolment stored before the counter was called version", () => {
  it("is read, and a change to it is conditional on the stored counter, still named rev", async () => {
    const course = await courseOf(ctx, trainer);
    const lessonIds = await lessonIdsOf(ctx, course.courseId);
    const learner = await ctx.newUser();
    const subject = String(claimsOf(learner.token).sub);
    const Item = storedEnrolment(subject, course.courseId, lessonIds, "2026-01-05T09:00:00.000Z");
    await client.send(new PutCommand({ TableName, Item }));

    const mine = learnerOf(ctx, learner, course.courseId);
    const progress = await ok(mine.enrolment.$get({ param: mine.param }));
    expect(progress).toEqual(
      expect.objectContaining({
        courseId: course.courseId,
        status: "active",
        enrolledAt: "2026-01-05T09:00:00.000Z",
        percent: 0,
        nextLessonId: lessonIds[0],
      }),
    );

    const [textId] = lessonIds;
    const text = mine.lesson(textId as string);
    const marked = await ok(text.lesson.completion.$put({ param: text.param }));
    expect(marked.percent).toBe(50);

    const stored = await client.send(
      new GetCommand({ TableName, Key: { pk: Item.pk, sk: Item.sk } }),
    );
    expect(stored.Item).toEqual(expect.objectContaining({ rev: 5, done: [textId] }));
    expect(stored.Item).not.toHaveProperty("version");
  });
});
