import { z } from "zod";
import { pageQuerySchema } from "../cities/schemas.ts";
import { ID_PREFIXES, idPattern, ULID_PATTERN } from "../schema/ids.ts";
import { AUDIT_ACTIONS, AUDIT_OBJECTS } from "./taxonomy.ts";

const userId = z
  .string()
  .regex(idPattern("usr"), "Expected a user id such as usr_01J9ZC3V6D8R1F3W5S9K2M4N7P");
const day = z.iso.date("Expected a date such as 2026-12-04");
/** What the log can be about: a person, application, city, item, post or message id. */
const objectId = z
  .string()
  .regex(
    new RegExp(
      `^(${[
        ID_PREFIXES.user,
        ID_PREFIXES.membershipApplication,
        ID_PREFIXES.city,
        ID_PREFIXES.exchangeItem,
        ID_PREFIXES.discussionQuestion,
        ID_PREFIXES.discussionAnswer,
        ID_PREFIXES.requestMessage,
      ].join("|")})_${ULID_PATTERN}$`,
    ),
    "Expected the id of a person, application, city, item, post or message, such as usr_01J9ZC3V6D8R1F3W5S9K2M4N7P",
  );

/** The audit log's filters: who acted, on whom, what they did, between which days (UTC). */
export const auditQuerySchema = pageQuerySchema
  .extend({
    actor: userId.optional(),
    object: objectId.optional(),
    action: z.enum(AUDIT_ACTIONS).optional(),
    from: day.optional(),
    to: day.optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    path: ["to"],
    message: "The end date comes before the start date",
  });

export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditRecordSchema = z
  .object({
    auditId: z.string(),
    at: z.iso.datetime(),
    actorId: z.string(),
    actorName: z.string(),
    objectType: z.enum(AUDIT_OBJECTS),
    objectId: z.string(),
    objectName: z.string(),
    action: z.enum(AUDIT_ACTIONS),
    before: z.string(),
    after: z.string(),
    /** The administrator's reason, for decisions that take one; null otherwise. */
    reason: z.string().nullable(),
  })
  .meta({ id: "AuditRecord" });

export type AuditRecord = z.infer<typeof auditRecordSchema>;

export const auditPageSchema = z
  .object({ items: z.array(auditRecordSchema), cursor: z.string().nullable() })
  .meta({ id: "AuditPage" });

export type AuditPage = z.infer<typeof auditPageSchema>;
