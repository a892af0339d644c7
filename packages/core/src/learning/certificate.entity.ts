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
  },
  indexes: {
    byCode: {
      pk: { field: "pk", composite: ["code"] },
      sk: { field: "sk", composite: [] },
    },
  },
});
