import { z } from "zod";
import { pageQuerySchema } from "../cities/schemas.ts";
import { idPattern } from "../schema/ids.ts";
import { boundedText } from "../schema/text.ts";
import { COUNTRIES } from "../taxonomy/countries.ts";
import {
  APPLICATION_ACTIONS,
  APPLICATION_STATES,
  type ApplicationState,
} from "../taxonomy/membership.ts";

export {
  APPLICATION_ACTIONS,
  APPLICATION_STATES,
  type ApplicationAction,
  type ApplicationState,
} from "../taxonomy/membership.ts";

/** States in which an application is still open (one per person at a time). */
export const OPEN_APPLICATION_STATES = [
  "submitted",
  "information-requested",
  "resubmitted",
] as const satisfies readonly ApplicationState[];

/** An administrator's decision on an application waiting for review. */
export const APPLICATION_DECISIONS = ["approve", "decline", "request-information"] as const;
export type ApplicationDecision = (typeof APPLICATION_DECISIONS)[number];

export const applicationIdSchema = z
  .string()
  .regex(idPattern("apl"), "Expected an application id such as apl_01J9ZC3V6D8R1F3W5S9K2M4N7P");

export const applicationPathSchema = z.object({ applicationId: applicationIdSchema });

const text = boundedText;

/** The person who applies, as they present themselves: their name and their role in the city. */
const applicantShape = z.strictObject({
  name: text(2, 80),
  title: text(2, 120),
});

/** The elected representative who endorses the application. */
const representativeShape = z.strictObject({
  name: text(2, 120),
  office: text(2, 120),
  email: z.email("Expected an e-mail address").max(254, "At most 254 characters"),
});

/**
 * What a city or region sends to join the alliance: the same fields when it
 * first applies and when it answers a request for more information.
 */
export const applicationFormSchema = z
  .strictObject({
    cityName: text(2, 120),
    country: z.enum(COUNTRIES),
    region: text(2, 120),
    population: z
      .number("Expected a number")
      .int("Expected a whole number")
      .min(1, "At least 1")
      .max(100_000_000, "At most 100,000,000"),
    applicant: applicantShape,
    representative: representativeShape,
    motivation: text(50, 3000),
    contribution: text(50, 3000),
    /** The alliance's principles (the Aarhus declaration of 18 November 2015). */
    principlesAccepted: z.literal(true, "Accept the alliance's principles to apply"),
  })
  .meta({ id: "MembershipApplicationForm" });
export type ApplicationForm = z.infer<typeof applicationFormSchema>;

export const applicationEventSchema = z
  .object({
    action: z.enum(APPLICATION_ACTIONS),
    by: z.string(),
    byName: z.string(),
    message: z.string().nullable(),
    at: z.iso.datetime(),
  })
  .meta({ id: "MembershipApplicationEvent" });
export type ApplicationEvent = z.infer<typeof applicationEventSchema>;

/** An application as its applicant and administrators see it, with its log. */
export const applicationSchema = z
  .object({
    applicationId: z.string(),
    state: z.enum(APPLICATION_STATES),
    cityName: z.string(),
    country: z.enum(COUNTRIES),
    region: z.string(),
    population: z.number().int(),
    applicant: z.object({ userId: z.string(), name: z.string(), title: z.string() }),
    representative: z.object({ name: z.string(), office: z.string(), email: z.string() }),
    motivation: z.string(),
    contribution: z.string(),
    principlesAccepted: z.boolean(),
    /** The member city the approval created; null before. */
    cityId: z.string().nullable(),
    submittedAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: z.number().int().positive(),
    log: z.array(applicationEventSchema),
  })
  .meta({ id: "MembershipApplication" });
export type Application = z.infer<typeof applicationSchema>;

/** An application in a list: no log. */
export const applicationSummarySchema = applicationSchema
  .omit({ log: true })
  .meta({ id: "MembershipApplicationSummary" });
export type ApplicationSummary = z.infer<typeof applicationSummarySchema>;

export const applicationPageSchema = z
  .object({ items: z.array(applicationSummarySchema), cursor: z.string().nullable() })
  .meta({ id: "MembershipApplicationPage" });
export type ApplicationPage = z.infer<typeof applicationPageSchema>;

/** The administrators' queue: one state (all of them when absent), a page at a time. */
export const applicationQueueQuerySchema = pageQuerySchema.extend({
  state: z.enum(APPLICATION_STATES).optional(),
});
export type ApplicationQueueQuery = z.infer<typeof applicationQueueQuerySchema>;

/**
 * An administrator's decision. Declining needs the reason and requesting
 * information the question; both are shown to the applicant and kept in the log.
 */
export const applicationReviewSchema = z
  .strictObject({
    decision: z.enum(APPLICATION_DECISIONS),
    message: z.string().trim().max(2000, "At most 2,000 characters").optional(),
  })
  .refine((review) => review.decision === "approve" || (review.message ?? "").length >= 5, {
    message: "Tell the applicant why, or what you need (at least 5 characters)",
    path: ["message"],
  })
  .meta({ id: "MembershipApplicationReview" });
export type ApplicationReview = z.infer<typeof applicationReviewSchema>;
