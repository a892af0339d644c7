import { defineEntity } from "../data/entity.ts";
import { SERVICE_NAME } from "../data/service-name.ts";

/**
 * Counters of a course, kept as learners progress (ADD in the same transaction
 * as the learner's change): `scope` is "course" for the course's totals or a
 * lesson id for that lesson's funnel and quiz figures. They share the course's
 * partition, so the statistics page reads them with the draft in one Query.
 */
export const CourseCounterEntity = defineEntity({
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
