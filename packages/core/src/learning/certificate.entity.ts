import type { EntityItem } from "electrodb";
import { defineEntity } from "../data/entity.ts";
import { SERVICE_NAME } from "../data/service-name.ts";

/**
 * What a certificate states, under its public verification code. When the
 * holder deletes their account the name goes and `revokedAt` says when.
 */
export const CertificateEntity = defineEntity({
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
    /** Why: the holder deleted their account, or an administrator withdrew it. */
    revokedReason: { type: ["holder-request", "withdrawn"] as const },
    /** Its Open Badges credential's place in the revocation status lists, once one was issued. */
    statusIndex: { type: "number" },
  },
  indexes: {
    byCode: {
      pk: { field: "pk", composite: ["code"] },
      sk: { field: "sk", composite: [] },
    },
  },
});

export type Certificate = EntityItem<typeof CertificateEntity>;

/** Hands out Open Badges status indexes: one counter (decision 0066). */
export const BadgeStatusAllocationEntity = defineEntity({
  model: { entity: "badgeStatusAllocation", version: "1", service: SERVICE_NAME },
  attributes: {
    allocated: { type: "number" },
  },
  indexes: {
    byAllocation: {
      pk: { field: "pk", composite: [] },
      sk: { field: "sk", composite: [] },
    },
  },
});

/** One revocation status list: the positions whose credentials are revoked. */
export const BadgeStatusListEntity = defineEntity({
  model: { entity: "badgeStatusList", version: "1", service: SERVICE_NAME },
  attributes: {
    list: { type: "number", required: true, readOnly: true },
    revoked: { type: "set", items: "number" },
  },
  indexes: {
    byList: {
      pk: { field: "pk", composite: ["list"] },
      sk: { field: "sk", composite: [] },
    },
  },
});
