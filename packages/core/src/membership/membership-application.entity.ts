import type { EntityItem } from "electrodb";
import { defineEntity } from "../data/entity.ts";
import { SERVICE_NAME } from "../data/service-name.ts";
import { timestamps } from "../data/timestamps.ts";
import { tableSchema } from "../schema/table.ts";
import { COUNTRIES } from "../taxonomy/countries.ts";
import { APPLICATION_ACTIONS, APPLICATION_STATES } from "../taxonomy/membership.ts";

/**
 * A city's or region's application to join the alliance. Its applicant's
 * applications are one Query of gsi1; the administrators' queue, every
 * application by state then date, one Query of gsi2.
 */
export const MembershipApplicationEntity = defineEntity({
  model: { entity: "membershipApplication", version: "1", service: SERVICE_NAME },
  attributes: {
    applicationId: { type: "string", required: true, readOnly: true },
    state: { type: APPLICATION_STATES, required: true },
    cityName: { type: "string", required: true },
    country: { type: COUNTRIES, required: true },
    region: { type: "string", required: true },
    population: { type: "number", required: true },
    applicantId: { type: "string", required: true, readOnly: true },
    applicantName: { type: "string", required: true },
    applicantTitle: { type: "string", required: true },
    representativeName: { type: "string", required: true },
    representativeOffice: { type: "string", required: true },
    representativeEmail: { type: "string", required: true },
    motivation: { type: "string", required: true },
    contribution: { type: "string", required: true },
    principlesAccepted: { type: "boolean", required: true },
    cityId: { type: "string" },
    submittedAt: { type: "string", required: true },
    /** Set when it is declined or withdrawn: DynamoDB's TTL deletes it then (APPLICATION_RETENTION_SECONDS). */
    expiresAt: { type: "number", field: tableSchema.ttlAttribute },
    ...timestamps,
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["applicationId"] },
      sk: { field: "sk", composite: [] },
    },
    byApplicant: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["applicantId"] },
      sk: { field: "gsi1sk", composite: ["submittedAt", "applicationId"] },
    },
    /** Every application in one partition, by state then date: the queue and its filter. */
    byState: {
      index: "gsi2",
      pk: { field: "gsi2pk", composite: [] },
      sk: { field: "gsi2sk", composite: ["state", "submittedAt", "applicationId"] },
    },
  },
});
export type ApplicationItem = EntityItem<typeof MembershipApplicationEntity>;

/**
 * One step of an application, written in the same transaction as the change it
 * records and never modified: the stream's inserts of this entity are
 * membership's domain events (decision 0033).
 */
export const MembershipEventEntity = defineEntity({
  model: { entity: "membershipEvent", version: "1", service: SERVICE_NAME },
  attributes: {
    applicationId: { type: "string", required: true, readOnly: true },
    at: { type: "string", required: true, readOnly: true },
    eventId: { type: "string", required: true, readOnly: true },
    action: { type: APPLICATION_ACTIONS, required: true, readOnly: true },
    /** The application's state after the step, so a consumer needs no read. */
    state: { type: APPLICATION_STATES, required: true, readOnly: true },
    applicantId: { type: "string", required: true, readOnly: true },
    cityName: { type: "string", required: true, readOnly: true },
    cityId: { type: "string", readOnly: true },
    by: { type: "string", required: true, readOnly: true },
    byName: { type: "string", required: true, readOnly: true },
    message: { type: "string", readOnly: true },
    /** The application's own expiry, once it has one: the log goes with it. */
    expiresAt: { type: "number", field: tableSchema.ttlAttribute },
  },
  indexes: {
    byApplication: {
      pk: { field: "pk", composite: ["applicationId"] },
      sk: { field: "sk", composite: ["at", "eventId"] },
    },
  },
});

/**
 * A person's one open application: created with it, deleted when it is decided
 * or withdrawn. Its conditional create is what stops a second open application,
 * even from two submissions at once.
 */
export const OpenApplicationEntity = defineEntity({
  model: { entity: "openApplication", version: "1", service: SERVICE_NAME },
  attributes: {
    userId: { type: "string", required: true, readOnly: true },
    applicationId: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    byUser: {
      pk: { field: "pk", composite: ["userId"] },
      sk: { field: "sk", composite: [] },
    },
  },
});

/**
 * How long a declined or withdrawn application and its log are kept after that last
 * step: a year, for the administrators to see a city's earlier attempt when it applies
 * again and to answer a complaint about the decision; then DynamoDB's TTL deletes them
 * (docs/record-of-processing.md). An approved application is the record of how a city
 * joined and has no expiry; its applicant's name goes when their account does.
 */
export const APPLICATION_RETENTION_SECONDS = 365 * 24 * 60 * 60;

/** The states after which an application is kept only for APPLICATION_RETENTION_SECONDS. */
export const EXPIRING_STATES = ["declined", "withdrawn"] as const;

/** When an application that ended at `at` (ISO time) expires, in epoch seconds. */
export const applicationExpiry = (at: string) =>
  Math.floor(Date.parse(at) / 1000) + APPLICATION_RETENTION_SECONDS;
