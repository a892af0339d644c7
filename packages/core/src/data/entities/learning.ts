import { CustomAttributeType, Entity } from "electrodb";
import type { QuizRecord } from "../../learning/progress.ts";
import { SERVICE_NAME } from "./service-name.ts";

/**
 * A learner's enrolment in a course and their whole progress in it, in one item
 * keyed by the learner's identity subject (no profile read to find it). Every
 * change rewrites it conditional on `rev`, so concurrent completions never lose
 * an update; `done` holds lesson ids, which never change across versions.
 */
export const EnrolmentEntity = new Entity({
  model: { entity: "enrolment", version: "1", service: SERVICE_NAME },
  attributes: {
    subject: { type: "string", required: true, readOnly: true },
    courseId: { type: "string", required: true, readOnly: true },
    cityId: { type: "string" },
    status: { type: ["active", "left", "completed"] as const, required: true },
    enrolledAt: { type: "string", required: true },
    lastActiveAt: { type: "string", required: true },
    /** Lessons done, quizzes passed included; never shrinks. */
    done: { type: "list", items: { type: "string" }, required: true },
    /** Lesson ids of the version the learner last worked on: later ones show as new. */
    known: { type: "list", items: { type: "string" }, required: true },
    /** Per quiz lesson: attempts, passed, last score and per-question result. */
    quizzes: { type: CustomAttributeType<Record<string, QuizRecord>>("any"), required: true },
    completedAt: { type: "string" },
    completedVersion: { type: "number" },
    certificateCode: { type: "string" },
    rev: { type: "number", required: true },
  },
  indexes: {
    byLearner: {
      pk: { field: "pk", composite: ["subject"] },
      sk: { field: "sk", composite: ["courseId"] },
    },
    /** A course's learners by last activity: "active in the last 30 days" is one counting Query. */
    byCourseActivity: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["courseId"] },
      sk: { field: "gsi1sk", composite: ["lastActiveAt"] },
    },
  },
});

/** One quiz attempt as submitted and scored; never changed. */
export const QuizAttemptEntity = new Entity({
  model: { entity: "quizAttempt", version: "1", service: SERVICE_NAME },
  attributes: {
    subject: { type: "string", required: true, readOnly: true },
    courseId: { type: "string", required: true, readOnly: true },
    lessonId: { type: "string", required: true, readOnly: true },
    attempt: { type: "number", required: true, readOnly: true, padding: { length: 3, char: "0" } },
    versionNumber: { type: "number", required: true },
    answers: { type: CustomAttributeType<number[][]>("any"), required: true },
    score: { type: "number", required: true },
    passed: { type: "boolean", required: true },
    at: { type: "string", required: true },
  },
  indexes: {
    byLearner: {
      pk: { field: "pk", composite: ["subject"] },
      sk: { field: "sk", composite: ["courseId", "lessonId", "attempt"] },
    },
  },
});

/**
 * Counters of a course, kept as learners progress (ADD in the same transaction
 * as the learner's change): `scope` is "course" for the course's totals or a
 * lesson id for that lesson's funnel and quiz figures. They share the course's
 * partition, so the statistics page reads them with the draft in one Query.
 */
export const CourseCounterEntity = new Entity({
  model: { entity: "courseCounter", version: "1", service: SERVICE_NAME },
  attributes: {
    courseId: { type: "string", required: true, readOnly: true },
    scope: { type: "string", required: true, readOnly: true },
    enrolled: { type: "number" },
    completed: { type: "number" },
    /** Learners who completed this lesson (passed, for a quiz). */
    done: { type: "number" },
    attempts: { type: "number" },
    passes: { type: "number" },
    /** Learners who attempted this quiz at least once. */
    attempters: { type: "number" },
  },
  indexes: {
    byCourse: {
      pk: { field: "pk", composite: ["courseId"] },
      sk: { field: "sk", composite: ["scope"] },
    },
  },
});

/** A city's members in one course: aggregates only, never who. */
export const CityCourseCounterEntity = new Entity({
  model: { entity: "cityCourseCounter", version: "1", service: SERVICE_NAME },
  attributes: {
    cityId: { type: "string", required: true, readOnly: true },
    courseId: { type: "string", required: true, readOnly: true },
    courseTitle: { type: "string" },
    enrolled: { type: "number" },
    completed: { type: "number" },
  },
  indexes: {
    byCity: {
      pk: { field: "pk", composite: ["cityId"] },
      sk: { field: "sk", composite: ["courseId"] },
    },
  },
});

/**
 * What a certificate states, under its public verification code. When the
 * holder deletes their account the name goes and `revokedAt` says when.
 */
export const CertificateEntity = new Entity({
  model: { entity: "certificate", version: "1", service: SERVICE_NAME },
  attributes: {
    code: { type: "string", required: true, readOnly: true },
    subject: { type: "string", required: true },
    courseId: { type: "string", required: true, readOnly: true },
    holderName: { type: "string", required: true },
    courseTitle: { type: "string", required: true, readOnly: true },
    versionNumber: { type: "number", required: true, readOnly: true },
    language: { type: "string", required: true, readOnly: true },
    issuedAt: { type: "string", required: true, readOnly: true },
    revokedAt: { type: "string" },
  },
  indexes: {
    byCode: {
      pk: { field: "pk", composite: ["code"] },
      sk: { field: "sk", composite: [] },
    },
  },
});
