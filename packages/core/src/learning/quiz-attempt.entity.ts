import { CustomAttributeType } from "electrodb";
import { defineEntity } from "../data/entity.ts";
import { SERVICE_NAME } from "../data/service-name.ts";

/** One quiz attempt as submitted and scored; never changed. */
export const QuizAttemptEntity = defineEntity({
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
