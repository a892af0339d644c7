import { z } from "zod";
import { pageQuerySchema } from "../cities/schemas.ts";
import { itemIdSchema } from "../exchange/schemas.ts";
import { idPattern } from "../schema/ids.ts";
import { boundedText } from "../schema/text.ts";
import { THEMES } from "../taxonomy/exchange.ts";
import {
  MESSAGE_STATES,
  REQUEST_ACTIONS,
  REQUEST_KINDS,
  REQUEST_STATES,
} from "../taxonomy/exchange-requests.ts";

export {
  MESSAGE_STATES,
  REQUEST_ACTIONS,
  REQUEST_KINDS,
  REQUEST_STATES,
  type RequestAction,
  type RequestKind,
  type RequestState,
} from "../taxonomy/exchange-requests.ts";

/*
 * Exchange requests between member cities (decision 0037): one city asks another
 * for a call, a study visit, mentoring or material; the other answers; both talk
 * in a private thread; either records the outcome.
 */

/** States that still wait for an answer: the requester may withdraw. */
export const PENDING_REQUEST_STATES = ["open", "date-proposed"] as const;

/** New requests one person may open in an hour; the next is 429. */
export const REQUESTS_PER_HOUR = 5;
/** Messages one person may post in an hour, over every thread; the next is 429. */
export const MESSAGES_PER_HOUR = 20;
/** Minutes after posting during which its author may edit a message. */
export const MESSAGE_EDIT_WINDOW_MINUTES = 15;
export const MESSAGE_BODY_MAX = 4000;
export const REQUEST_MESSAGE_MAX = 4000;
export const PREFERRED_DATES_MAX = 5;

export const requestIdSchema = z
  .string()
  .regex(idPattern("xrq"), "Expected a request id such as xrq_01J9ZC3V6D8R1F3W5S9K2M4N7P");
export const messageIdSchema = z
  .string()
  .regex(idPattern("msg"), "Expected a message id such as msg_01J9ZC3V6D8R1F3W5S9K2M4N7P");
const cityIdSchema = z
  .string()
  .regex(idPattern("cty"), "Expected a city id such as cty_01J9ZC3V6D8R1F3W5S9K2M4N7P");

export const requestPathSchema = z.object({ requestId: requestIdSchema });
export const messagePathSchema = requestPathSchema.extend({ messageId: messageIdSchema });

const text = boundedText;

/** A day, or a range of days (`to` absent for a single day). */
export const dateRangeSchema = z
  .strictObject({
    from: z.iso.date("Expected a date such as 2027-03-01"),
    to: z.iso.date("Expected a date such as 2027-03-05").nullable().optional(),
  })
  .refine((range) => !range.to || range.to >= range.from, {
    message: "The end cannot be before the start",
    path: ["to"],
  })
  .meta({ id: "ExchangeRequestDates" });
export type DateRange = z.infer<typeof dateRangeSchema>;

/** What a member of a member city sends to ask another for an exchange. */
export const requestFormSchema = z
  .strictObject({
    toCityId: cityIdSchema,
    kind: z.enum(REQUEST_KINDS),
    theme: z.enum(THEMES),
    message: text(20, REQUEST_MESSAGE_MAX),
    preferredDates: z
      .array(dateRangeSchema)
      .min(1, "Give at least one date or range")
      .max(PREFERRED_DATES_MAX, `At most ${PREFERRED_DATES_MAX} dates or ranges`),
    /** The published item of the requested city the request is about, if any. */
    itemId: itemIdSchema.optional(),
  })
  .meta({ id: "ExchangeRequestForm" });
export type RequestForm = z.infer<typeof requestFormSchema>;

export const ANSWER_DECISIONS = ["accept", "decline", "propose-date"] as const;

/**
 * The requested city's answer: declining needs the reason, proposing another
 * date the date; both are shown to the requester and kept in the log.
 */
export const requestAnswerSchema = z
  .strictObject({
    decision: z.enum(ANSWER_DECISIONS),
    reason: text(0, 1000).optional(),
    date: dateRangeSchema.optional(),
    message: text(0, 1000).optional(),
  })
  .refine((answer) => answer.decision !== "decline" || (answer.reason ?? "").length >= 5, {
    message: "Tell the requester why (at least 5 characters)",
    path: ["reason"],
  })
  .refine((answer) => answer.decision !== "propose-date" || answer.date !== undefined, {
    message: "Give the date you propose",
    path: ["date"],
  })
  .meta({ id: "ExchangeRequestAnswer" });
export type RequestAnswer = z.infer<typeof requestAnswerSchema>;

/** Withdrawing: a reason is welcome, not required. */
export const requestWithdrawalSchema = z
  .strictObject({ reason: text(0, 1000).optional() })
  .meta({ id: "ExchangeRequestWithdrawal" });
export type RequestWithdrawal = z.infer<typeof requestWithdrawalSchema>;

/** What happened, once the exchange is done. */
export const requestOutcomeSchema = z
  .strictObject({
    summary: text(10, 2000),
    useful: z.boolean(),
    followUp: z.boolean(),
  })
  .meta({ id: "ExchangeRequestOutcomeForm" });
export type RequestOutcomeForm = z.infer<typeof requestOutcomeSchema>;

export const messageFormSchema = z
  .strictObject({ body: text(1, MESSAGE_BODY_MAX) })
  .meta({ id: "ExchangeRequestMessageForm" });
export type MessageForm = z.infer<typeof messageFormSchema>;

export const messageReportSchema = z
  .strictObject({ reason: text(5, 500) })
  .meta({ id: "ExchangeRequestMessageReport" });
export type MessageReport = z.infer<typeof messageReportSchema>;

export const messageModerationSchema = z
  .strictObject({ decision: z.enum(["hide", "restore"]), reason: text(5, 500) })
  .meta({ id: "ExchangeRequestMessageModeration" });
export type MessageModeration = z.infer<typeof messageModerationSchema>;

export const REQUEST_DIRECTIONS = ["incoming", "outgoing"] as const;
export const requestListQuerySchema = pageQuerySchema.extend({
  direction: z.enum(REQUEST_DIRECTIONS).default("incoming"),
});
export type RequestListQuery = z.infer<typeof requestListQuerySchema>;

const cityRef = z.object({ cityId: z.string(), name: z.string() });

export const requestEventSchema = z
  .object({
    action: z.enum(REQUEST_ACTIONS),
    state: z.enum(REQUEST_STATES),
    by: z.string(),
    byName: z.string(),
    message: z.string().nullable(),
    at: z.iso.datetime(),
  })
  .meta({ id: "ExchangeRequestEvent" });
export type RequestEvent = z.infer<typeof requestEventSchema>;

export const requestOutcomeViewSchema = z
  .object({
    summary: z.string(),
    useful: z.boolean(),
    followUp: z.boolean(),
    by: z.string(),
    byName: z.string(),
    cityId: z.string(),
    at: z.iso.datetime(),
  })
  .meta({ id: "ExchangeRequestOutcome" });

/** What the caller may do with a request now: the web shows only these. */
export const requestActionsSchema = z
  .object({
    answer: z.boolean(),
    acceptDate: z.boolean(),
    withdraw: z.boolean(),
    recordOutcome: z.boolean(),
    draftExperience: z.boolean(),
    post: z.boolean(),
  })
  .meta({ id: "ExchangeRequestActions" });
export type RequestActions = z.infer<typeof requestActionsSchema>;

export const requestSummarySchema = z
  .object({
    requestId: z.string(),
    state: z.enum(REQUEST_STATES),
    kind: z.enum(REQUEST_KINDS),
    theme: z.enum(THEMES),
    from: cityRef,
    to: cityRef,
    requester: z.object({ userId: z.string(), name: z.string() }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: z.number().int().positive(),
  })
  .meta({ id: "ExchangeRequestSummary" });
export type RequestSummary = z.infer<typeof requestSummarySchema>;

export const requestSchema = requestSummarySchema
  .extend({
    message: z.string(),
    preferredDates: z.array(dateRangeSchema),
    item: z.object({ itemId: z.string(), title: z.string() }).nullable(),
    proposedDate: dateRangeSchema.nullable(),
    agreedDate: dateRangeSchema.nullable(),
    declineReason: z.string().nullable(),
    outcome: requestOutcomeViewSchema.nullable(),
    experienceDrafts: z.array(z.object({ cityId: z.string(), itemId: z.string() })),
    actions: requestActionsSchema,
    log: z.array(requestEventSchema),
  })
  .meta({ id: "ExchangeRequest" });
export type ExchangeRequest = z.infer<typeof requestSchema>;

export const requestPageSchema = z
  .object({ items: z.array(requestSummarySchema), cursor: z.string().nullable() })
  .meta({ id: "ExchangeRequestPage" });
export type RequestPage = z.infer<typeof requestPageSchema>;

export const messageViewSchema = z
  .object({
    messageId: z.string(),
    requestId: z.string(),
    /** Null for a hidden message, except to its author and administrators. */
    author: z.object({ userId: z.string(), name: z.string(), cityId: z.string() }).nullable(),
    body: z.string().nullable(),
    createdAt: z.iso.datetime(),
    /** Until when its author may edit it. */
    editableUntil: z.iso.datetime(),
    editedAt: z.iso.datetime().nullable(),
    state: z.enum(MESSAGE_STATES),
    /** Why it was hidden: its author and administrators only. */
    hiddenReason: z.string().nullable(),
    version: z.number().int().positive(),
    actions: z.object({ edit: z.boolean(), report: z.boolean(), moderate: z.boolean() }),
  })
  .meta({ id: "ExchangeRequestMessage" });
export type MessageView = z.infer<typeof messageViewSchema>;

export const messagePageSchema = z
  .object({ items: z.array(messageViewSchema), cursor: z.string().nullable() })
  .meta({ id: "ExchangeRequestMessagePage" });
export type MessagePage = z.infer<typeof messagePageSchema>;

export const reportedMessageSchema = z
  .object({
    message: messageViewSchema,
    from: cityRef,
    to: cityRef,
    reports: z.array(z.object({ reporterName: z.string(), reason: z.string(), at: z.string() })),
    firstReportedAt: z.iso.datetime(),
  })
  .meta({ id: "ReportedExchangeRequestMessage" });
export type ReportedMessage = z.infer<typeof reportedMessageSchema>;

export const reportedMessagePageSchema = z
  .object({ items: z.array(reportedMessageSchema), cursor: z.string().nullable() })
  .meta({ id: "ReportedExchangeRequestMessagePage" });

/** The experience draft made from a completed request. */
export const experienceDraftSchema = z
  .object({ itemId: z.string(), requestId: z.string() })
  .meta({ id: "ExchangeRequestExperienceDraft" });
