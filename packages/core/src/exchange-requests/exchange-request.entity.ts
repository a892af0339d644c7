import type { EntityItem } from "electrodb";
import { defineEntity } from "../data/entity.ts";
import { SERVICE_NAME } from "../data/service-name.ts";
import { timestamps } from "../data/timestamps.ts";
import { THEMES } from "../taxonomy/exchange.ts";
import {
  MESSAGE_STATES,
  REQUEST_ACTIONS,
  REQUEST_KINDS,
  REQUEST_STATES,
} from "../taxonomy/exchange-requests.ts";

const dateRange = {
  type: "map",
  properties: { from: { type: "string", required: true }, to: { type: "string" } },
} as const;

/**
 * One city's request to another (decision 0037). A city's outgoing requests are
 * one Query of gsi1, its incoming ones one Query of gsi2, newest last.
 */
export const ExchangeRequestEntity = defineEntity({
  model: { entity: "exchangeRequest", version: "1", service: SERVICE_NAME },
  attributes: {
    requestId: { type: "string", required: true, readOnly: true },
    state: { type: REQUEST_STATES, required: true },
    kind: { type: REQUEST_KINDS, required: true, readOnly: true },
    theme: { type: THEMES, required: true, readOnly: true },
    fromCityId: { type: "string", required: true, readOnly: true },
    fromCityName: { type: "string", required: true, readOnly: true },
    toCityId: { type: "string", required: true, readOnly: true },
    toCityName: { type: "string", required: true, readOnly: true },
    requesterId: { type: "string", required: true, readOnly: true },
    /** Emptied when the requester deletes their account. */
    requesterName: { type: "string", required: true },
    message: { type: "string", required: true, readOnly: true },
    preferredDates: { type: "list", items: dateRange, required: true, readOnly: true },
    itemId: { type: "string", readOnly: true },
    itemTitle: { type: "string", readOnly: true },
    proposedDate: dateRange,
    agreedDate: dateRange,
    declineReason: { type: "string" },
    outcome: {
      type: "map",
      properties: {
        summary: { type: "string", required: true },
        useful: { type: "boolean", required: true },
        followUp: { type: "boolean", required: true },
        by: { type: "string", required: true },
        byName: { type: "string", required: true },
        cityId: { type: "string", required: true },
        at: { type: "string", required: true },
      },
    },
    experienceDrafts: {
      type: "list",
      items: {
        type: "map",
        properties: {
          cityId: { type: "string", required: true },
          itemId: { type: "string", required: true },
        },
      },
    },
    ...timestamps,
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["requestId"] },
      sk: { field: "sk", composite: [] },
    },
    byFromCity: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["fromCityId"] },
      sk: { field: "gsi1sk", composite: ["createdAt", "requestId"] },
    },
    byToCity: {
      index: "gsi2",
      pk: { field: "gsi2pk", composite: ["toCityId"] },
      sk: { field: "gsi2sk", composite: ["createdAt", "requestId"] },
    },
  },
});
export type RequestItem = EntityItem<typeof ExchangeRequestEntity>;

/** A message in a request's private thread: never deleted; hidden by an administrator. */
export const RequestMessageEntity = defineEntity({
  model: { entity: "requestMessage", version: "1", service: SERVICE_NAME },
  attributes: {
    requestId: { type: "string", required: true, readOnly: true },
    messageId: { type: "string", required: true, readOnly: true },
    authorId: { type: "string", required: true, readOnly: true },
    authorCityId: { type: "string", required: true, readOnly: true },
    /** Emptied when the author deletes their account. */
    authorName: { type: "string", required: true },
    body: { type: "string", required: true },
    editedAt: { type: "string" },
    state: { type: MESSAGE_STATES, required: true },
    hiddenReason: { type: "string" },
    ...timestamps,
  },
  indexes: {
    byRequest: {
      pk: { field: "pk", composite: ["requestId"] },
      sk: { field: "sk", composite: ["messageId"] },
    },
  },
});
export type MessageItem = EntityItem<typeof RequestMessageEntity>;

/** One member's report of one message: its conditional create makes a second one 409. */
export const RequestMessageReportEntity = defineEntity({
  model: { entity: "requestMessageReport", version: "1", service: SERVICE_NAME },
  attributes: {
    requestId: { type: "string", required: true, readOnly: true },
    messageId: { type: "string", required: true, readOnly: true },
    reporterId: { type: "string", required: true, readOnly: true },
    at: { type: "string", required: true, readOnly: true },
    reason: { type: "string", required: true, readOnly: true },
    reporterName: { type: "string", required: true },
  },
  indexes: {
    byMessage: {
      pk: { field: "pk", composite: ["requestId", "messageId"] },
      sk: { field: "sk", composite: ["reporterId"] },
    },
  },
});

/** A reported message no administrator has decided on: the queue (gsi2, oldest first). */
export const RequestMessageFlagEntity = defineEntity({
  model: { entity: "requestMessageFlag", version: "1", service: SERVICE_NAME },
  attributes: {
    requestId: { type: "string", required: true, readOnly: true },
    messageId: { type: "string", required: true, readOnly: true },
    firstReportedAt: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    /** Every flag in one gsi2 partition, oldest report first. */
    queue: {
      index: "gsi2",
      pk: { field: "gsi2pk", composite: [] },
      sk: { field: "gsi2sk", composite: ["firstReportedAt", "messageId"] },
    },
    byMessage: {
      pk: { field: "pk", composite: ["requestId", "messageId"] },
      sk: { field: "sk", composite: [] },
    },
  },
});
export type FlagItem = EntityItem<typeof RequestMessageFlagEntity>;

/**
 * One step of a request or its thread, written in the step's transaction and
 * never changed: the stream's inserts of this entity are the domain events
 * (decision 0037). gsi1: a person's steps by date, which the hourly limits count.
 */
export const ExchangeRequestEventEntity = defineEntity({
  model: { entity: "exchangeRequestEvent", version: "1", service: SERVICE_NAME },
  attributes: {
    requestId: { type: "string", required: true, readOnly: true },
    at: { type: "string", required: true, readOnly: true },
    eventId: { type: "string", required: true, readOnly: true },
    action: { type: REQUEST_ACTIONS, required: true, readOnly: true },
    /** The request's state after the step. */
    state: { type: REQUEST_STATES, required: true, readOnly: true },
    fromCityId: { type: "string", required: true, readOnly: true },
    toCityId: { type: "string", required: true, readOnly: true },
    requesterId: { type: "string", required: true, readOnly: true },
    by: { type: "string", required: true, readOnly: true },
    /** Emptied when that person deletes their account. */
    byName: { type: "string", required: true },
    byCityId: { type: "string", readOnly: true },
    /** A decline's or withdrawal's reason, a report's or moderation's reason, an answer's note. */
    message: { type: "string", readOnly: true },
    date: dateRange,
    messageId: { type: "string", readOnly: true },
    messageAuthorId: { type: "string", readOnly: true },
    itemId: { type: "string", readOnly: true },
  },
  indexes: {
    /** What the hourly limits count. */
    byPerson: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["by"] },
      sk: { field: "gsi1sk", composite: ["at", "eventId"] },
    },
    byRequest: {
      pk: { field: "pk", composite: ["requestId"] },
      sk: { field: "sk", composite: ["at", "eventId"] },
    },
  },
});
export type RequestEventItem = EntityItem<typeof ExchangeRequestEventEntity>;
