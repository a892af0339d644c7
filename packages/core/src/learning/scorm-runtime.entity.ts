import { CustomAttributeType, type EntityItem } from "electrodb";
import { defineEntity } from "../data/entity.ts";
import { SERVICE_NAME } from "../data/service-name.ts";
import type { ScormRuntimeData } from "./scorm-runtime-schemas.ts";

/**
 * A learner's run-time record of one SCORM lesson (decision 0085), in the learner's
 * partition beside their enrolments and quiz attempts: what the package last saved, for
 * the next launch to resume. Each save is conditional on `version` (the ETag).
 */
export const ScormRuntimeEntity = defineEntity({
  model: { entity: "scormRuntime", version: "1", service: SERVICE_NAME },
  attributes: {
    subject: { type: "string", required: true, readOnly: true },
    courseId: { type: "string", required: true, readOnly: true },
    lessonId: { type: "string", required: true, readOnly: true },
    /** The package the data belongs to: a lesson given another package starts afresh. */
    packageId: { type: "string", required: true },
    data: { type: CustomAttributeType<ScormRuntimeData>("any"), required: true },
    savedAt: { type: "string", required: true },
    version: { type: "number", required: true },
  },
  indexes: {
    byLearner: {
      pk: { field: "pk", composite: ["subject"] },
      sk: { field: "sk", composite: ["courseId", "lessonId"] },
    },
  },
});

export type StoredScormRuntime = EntityItem<typeof ScormRuntimeEntity>;
