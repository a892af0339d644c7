import type { EntityItem } from "electrodb";
import { defineEntity } from "../../data/entity.ts";
import { SERVICE_NAME } from "../../data/service-name.ts";

/**
 * A SCORM package uploaded to a course (decision 0084), in the course's partition. Its id
 * is the upload's attachment id. `checking` while the SCORM function checks and extracts
 * it; then `ready` (its files are under `scorm/<courseId>/<packageId>/`) or `refused` with
 * a one-line reason for the trainer. A package never changes once ready or refused: a new
 * upload is a new package.
 */
export const ScormPackageEntity = defineEntity({
  model: { entity: "scormPackage", version: "1", service: SERVICE_NAME },
  attributes: {
    courseId: { type: "string", required: true, readOnly: true },
    packageId: { type: "string", required: true, readOnly: true },
    fileName: { type: "string", required: true, readOnly: true },
    size: { type: "number", required: true, readOnly: true },
    uploadedBy: { type: "string", required: true, readOnly: true },
    status: { type: ["checking", "ready", "refused"] as const, required: true },
    /** When the current check started: a check older than SCORM_CHECK_STALE_SECONDS died. */
    checkingSince: { type: "string", required: true },
    checkedAt: { type: "string" },
    reason: { type: "string" },
    standard: { type: ["1.2", "2004"] as const },
    /** The SCO's launch address relative to the package's root, query string included. */
    launchPath: { type: "string" },
    title: { type: "string" },
    /** SCORM 1.2 `adlcp:masteryscore` of the launched item, when it has one. */
    masteryScore: { type: "number" },
    fileCount: { type: "number" },
    totalBytes: { type: "number" },
  },
  indexes: {
    byCourse: {
      pk: { field: "pk", composite: ["courseId"] },
      sk: { field: "sk", composite: ["packageId"] },
    },
  },
});

export type StoredPackage = EntityItem<typeof ScormPackageEntity>;
