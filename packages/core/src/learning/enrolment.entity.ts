import { CustomAttributeType, type EntityItem } from "electrodb";
import { defineEntity } from "../data/entity.ts";
import { SERVICE_NAME } from "../data/service-name.ts";

/** A quiz's result per question, as the learner last got it. */
export interface QuestionResult {
  correct: boolean;
  feedback: { option: number; text: string }[];
}

/** Per quiz lesson of an enrolment: attempts, passed, last score and per-question result. */
export interface QuizRecord {
  attempts: number;
  passed: boolean;
  lastScore: number | null;
  lastResult: QuestionResult[] | null;
}

/**
 * A learner's enrolment in a course and their whole progress in it, in one item
 * keyed by the learner's identity subject (no profile read to find it). Every
 * change rewrites it conditional on `version`, so concurrent completions never
 * lose an update; `done` holds lesson ids, which never change across course versions.
 */
export const EnrolmentEntity = defineEntity({
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
    /**
     * Grows by one on each change, which is conditional on it. Stored as `rev`,
     * its name before every entity called it `version`: items written then stay readable.
     */
    version: { type: "number", required: true, field: "rev" },
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

/** An enrolment as stored. */
export type StoredEnrolment = EntityItem<typeof EnrolmentEntity>;
