import { CustomAttributeType, type EntityItem } from "electrodb";
import { defineEntity } from "../data/entity.ts";
import { SERVICE_NAME } from "../data/service-name.ts";
import { timestamps } from "../data/timestamps.ts";
import type { StoredAttachment } from "../exchange/exchange-item.entity.ts";
import { COUNTRIES } from "../taxonomy/countries.ts";
import {
  EVENT_ACTIONS,
  EVENT_STATUSES,
  EVENT_TYPES,
  REGISTRATION_STATES,
} from "../taxonomy/events.ts";
import { CONTENT_LANGUAGES } from "../taxonomy/locales.ts";

/** A material as stored: a checked file with where it lives (`objectKey`) and its title. */
export type StoredMaterial = StoredAttachment & { title: string };

/**
 * An event (decision 0053). gsi1: the catalogue, one partition per status ordered
 * by the start in UTC, so upcoming and past are one Query each side of now. gsi2:
 * an organiser's events (the city's or the person's), newest first.
 * `registeredCount` and `waitingCount` are the counters every registration
 * transaction is conditional on; they never change `version`, which is the
 * organisers' edits only.
 */
export const EventEntity = defineEntity({
  model: { entity: "event", version: "1", service: SERVICE_NAME },
  attributes: {
    eventId: { type: "string", required: true, readOnly: true },
    type: { type: EVENT_TYPES, required: true },
    status: { type: EVENT_STATUSES, required: true },
    title: { type: "string", required: true },
    description: { type: "string", required: true },
    language: { type: CONTENT_LANGUAGES, required: true },
    themes: { type: "list", items: { type: "string" }, required: true },
    /** Wall-clock times at the venue, in `timeZone`. */
    start: { type: "string", required: true },
    end: { type: "string", required: true },
    registrationDeadline: { type: "string", required: true },
    timeZone: { type: "string", required: true },
    /** The same three instants in UTC, derived on every write. */
    startsAt: { type: "string", required: true },
    endsAt: { type: "string", required: true },
    deadlineAt: { type: "string", required: true },
    capacity: { type: "number", required: true },
    registeredCount: { type: "number", required: true },
    waitingCount: { type: "number", required: true },
    onlineLink: { type: "string" },
    venue: {
      type: "map",
      properties: {
        name: { type: "string", required: true },
        address: { type: "string", required: true },
        city: { type: "string", required: true },
        country: { type: COUNTRIES, required: true },
      },
    },
    /** The venue's country, else the organising city's: the catalogue's country filter. */
    country: { type: COUNTRIES },
    organiserKind: { type: ["city", "trainer"] as const, required: true, readOnly: true },
    /** The organising city's id, or the organising person's user id. */
    organiserId: { type: "string", required: true, readOnly: true },
    organiserName: { type: "string", required: true },
    createdBy: { type: "string", required: true, readOnly: true },
    relatedCourseIds: { type: "list", items: { type: "string" } },
    relatedItemIds: { type: "list", items: { type: "string" } },
    cancellationReason: { type: "string" },
    /** Checked files (decision 0095); absent on events that never had any. */
    materials: { type: CustomAttributeType<StoredMaterial[]>("any"), required: false },
    ...timestamps,
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["eventId"] },
      sk: { field: "sk", composite: [] },
    },
    catalogue: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["status"] },
      sk: { field: "gsi1sk", composite: ["startsAt", "eventId"] },
    },
    byOrganiser: {
      index: "gsi2",
      pk: { field: "gsi2pk", composite: ["organiserId"] },
      sk: { field: "gsi2sk", composite: ["eventId"] },
    },
  },
});
export type EventItem = EntityItem<typeof EventEntity>;

/**
 * One person's place at one event, in the event's partition (the organiser's list
 * and the waiting queue are one Query). gsi1: a person's registrations (the
 * calendar feed). `queuedAt` orders the waiting list: first come, first promoted.
 */
export const RegistrationEntity = defineEntity({
  model: { entity: "eventRegistration", version: "1", service: SERVICE_NAME },
  attributes: {
    eventId: { type: "string", required: true, readOnly: true },
    userId: { type: "string", required: true, readOnly: true },
    /**
     * The same id again, as gsi1's partition: ElectroDB's update (the conditional
     * upsert of registering) writes an index's keys only for attributes it sets,
     * and it never sets the primary key's own.
     */
    personId: { type: "string", required: true },
    /** Emptied when the person deletes their account. */
    displayName: { type: "string", required: true },
    state: { type: REGISTRATION_STATES, required: true },
    queuedAt: { type: "string" },
    registeredAt: { type: "string", required: true },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    byEvent: {
      pk: { field: "pk", composite: ["eventId"] },
      sk: { field: "sk", composite: ["userId"] },
    },
    byPerson: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["personId"] },
      sk: { field: "gsi1sk", composite: ["registeredAt"] },
    },
  },
});
export type RegistrationItem = EntityItem<typeof RegistrationEntity>;

/**
 * One step of an event or a registration, written in the step's transaction and
 * never changed: the stream's inserts of this entity are the domain events that
 * notifications consume (decision 0053).
 */
export const EventLogEntity = defineEntity({
  model: { entity: "eventLogEntry", version: "1", service: SERVICE_NAME },
  attributes: {
    eventId: { type: "string", required: true, readOnly: true },
    at: { type: "string", required: true, readOnly: true },
    entryId: { type: "string", required: true, readOnly: true },
    action: { type: EVENT_ACTIONS, required: true, readOnly: true },
    title: { type: "string", required: true, readOnly: true },
    startsAt: { type: "string", required: true, readOnly: true },
    organiserId: { type: "string", required: true, readOnly: true },
    by: { type: "string", required: true, readOnly: true },
    /** Whose registration the step concerns (registrations, promotions, attendance). */
    userId: { type: "string", readOnly: true },
    /** A cancellation's reason. */
    message: { type: "string", readOnly: true },
    /** An edit's changed fields (`start`, `venue`…), for "the event changed" notices. */
    changed: { type: "list", items: { type: "string" }, readOnly: true },
  },
  indexes: {
    byEvent: {
      pk: { field: "pk", composite: ["eventId"] },
      sk: { field: "sk", composite: ["at", "entryId"] },
    },
  },
});
export type EventLogItem = EntityItem<typeof EventLogEntity>;

/**
 * A private calendar feed, keyed by the SHA-256 of its token (the token itself is
 * never stored, so a leak of the table does not leak the addresses). Revoking
 * deletes it: the old address answers 404.
 */
export const CalendarFeedEntity = defineEntity({
  model: { entity: "calendarFeed", version: "1", service: SERVICE_NAME },
  attributes: {
    tokenHash: { type: "string", required: true, readOnly: true },
    userId: { type: "string", required: true, readOnly: true },
    createdAt: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    byToken: {
      pk: { field: "pk", composite: ["tokenHash"] },
      sk: { field: "sk", composite: [] },
    },
  },
});

/**
 * Which feed is a person's: at most one. Replacing or revoking it is one
 * transaction conditional on the hash read, so two at once cannot leave two feeds.
 */
export const CalendarFeedOwnerEntity = defineEntity({
  model: { entity: "calendarFeedOwner", version: "1", service: SERVICE_NAME },
  attributes: {
    userId: { type: "string", required: true, readOnly: true },
    tokenHash: { type: "string", required: true },
    createdAt: { type: "string", required: true },
  },
  indexes: {
    byPerson: {
      pk: { field: "pk", composite: ["userId"] },
      sk: { field: "sk", composite: [] },
    },
  },
});
export type CalendarFeedOwnerItem = EntityItem<typeof CalendarFeedOwnerEntity>;
