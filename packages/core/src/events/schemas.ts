import { z } from "zod";
import { courseIdSchema } from "../academy/schemas.ts";
import { pageQuerySchema } from "../cities/schemas.ts";
import {
  attachmentIdSchema,
  attachmentUploadRequestSchema,
} from "../exchange/attachment-schemas.ts";
import { attachmentSchema, itemIdSchema } from "../exchange/schemas.ts";
import { idPattern } from "../schema/ids.ts";
import { boundedText } from "../schema/text.ts";
import { COUNTRIES } from "../taxonomy/countries.ts";
import { EVENT_STATUSES, EVENT_TYPES, REGISTRATION_STATES } from "../taxonomy/events.ts";
import { THEMES } from "../taxonomy/exchange.ts";
import { CONTENT_LANGUAGES } from "../taxonomy/locales.ts";
import { isTimeZone } from "./time-zone.ts";

export {
  EVENT_ACTIONS,
  EVENT_STATUSES,
  EVENT_TYPES,
  type EventAction,
  type EventStatus,
  type EventType,
  REGISTRATION_STATES,
  type RegistrationState,
} from "../taxonomy/events.ts";

/*
 * Events (decisions 0053–0056): workshops, webinars, study visits and conferences
 * that trainers, administrators and city contributors organise, and the
 * registrations of members, with a waiting list.
 */

export const EVENT_FORMATS = ["online", "in-person"] as const;
export const EVENT_CAPACITY_MAX = 10_000;
export const EVENT_THEMES_MAX = 5;
export const EVENT_RELATED_MAX = 10;

export const eventIdSchema = z
  .string()
  .regex(idPattern("evt"), "Expected an event id such as evt_01J9ZC3V6D8R1F3W5S9K2M4N7P");
export const eventPathSchema = z.object({ eventId: eventIdSchema });
const userIdSchema = z
  .string()
  .regex(idPattern("usr"), "Expected a user id such as usr_01J9ZC3V6D8R1F3W5S9K2M4N7P");
export const attendancePathSchema = eventPathSchema.extend({ userId: userIdSchema });
const cityIdSchema = z
  .string()
  .regex(idPattern("cty"), "Expected a city id such as cty_01J9ZC3V6D8R1F3W5S9K2M4N7P");

/** A wall-clock time at the venue, without offset: the zone is `timeZone`. */
const localDateTime = (example: string) =>
  z
    .string()
    .regex(
      /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/,
      "Expected a local date and time such as 2031-05-12T09:00",
    )
    .meta({ example });

export const timeZoneSchema = z
  .string()
  .max(64, "At most 64 characters")
  .refine(isTimeZone, "Expected an IANA time zone such as Europe/Paris")
  .meta({ example: "Europe/Paris" });

export const venueSchema = z
  .strictObject({
    name: boundedText(2, 200),
    address: boundedText(2, 300),
    city: boundedText(1, 120),
    country: z.enum(COUNTRIES),
  })
  .meta({ id: "EventVenue" });
export type Venue = z.infer<typeof venueSchema>;

const onlineLinkSchema = z
  .url({ protocol: /^https$/, message: "Expected an https:// address" })
  .max(2000, "At most 2,000 characters");

const eventFields = {
  type: z.enum(EVENT_TYPES),
  title: boundedText(5, 160),
  description: boundedText(20, 10_000),
  language: z.enum(CONTENT_LANGUAGES),
  themes: z
    .array(z.enum(THEMES))
    .min(1, "Choose at least one theme")
    .max(EVENT_THEMES_MAX, `At most ${EVENT_THEMES_MAX} themes`)
    .refine((themes) => new Set(themes).size === themes.length, "Each theme once"),
  start: localDateTime("2031-05-12T09:00"),
  end: localDateTime("2031-05-12T17:00"),
  timeZone: timeZoneSchema,
  registrationDeadline: localDateTime("2031-05-05T23:59"),
  capacity: z
    .number()
    .int("A whole number")
    .min(1, "At least 1")
    .max(EVENT_CAPACITY_MAX, `At most ${EVENT_CAPACITY_MAX}`),
  /** Shown to registered people, organisers and administrators only. */
  onlineLink: onlineLinkSchema.nullable().optional(),
  venue: venueSchema.nullable().optional(),
  relatedCourseIds: z.array(courseIdSchema).max(EVENT_RELATED_MAX).optional(),
  relatedItemIds: z.array(itemIdSchema).max(EVENT_RELATED_MAX).optional(),
};

/**
 * A new event. `organiserCityId`: the organising city (a contributor's own city, any
 * city for an administrator); without it a trainer or administrator organises it in
 * person, and a contributor for their city.
 */
export const eventFormSchema = z
  .strictObject({ ...eventFields, organiserCityId: cityIdSchema.optional() })
  .meta({ id: "EventForm" });
export type EventForm = z.infer<typeof eventFormSchema>;

/** An edit of a draft or published event: only the fields sent change. */
export const eventPatchSchema = z
  .strictObject(
    Object.fromEntries(
      Object.entries(eventFields).map(([key, schema]) => [key, schema.optional()]),
    ) as {
      [K in keyof typeof eventFields]: z.ZodOptional<(typeof eventFields)[K]>;
    },
  )
  .meta({ id: "EventPatch" });
export type EventPatch = z.infer<typeof eventPatchSchema>;

export const eventCancellationSchema = z
  .strictObject({ reason: boundedText(0, 1000).optional() })
  .meta({ id: "EventCancellation" });
export type EventCancellation = z.infer<typeof eventCancellationSchema>;

export const attendanceSchema = z
  .strictObject({ attended: z.boolean() })
  .meta({ id: "EventAttendance" });

export const eventListQuerySchema = pageQuerySchema.extend({
  when: z.enum(["upcoming", "past"]).optional(),
  type: z.enum(EVENT_TYPES).optional(),
  theme: z.enum(THEMES).optional(),
  language: z.enum(CONTENT_LANGUAGES).optional(),
  country: z.enum(COUNTRIES).optional(),
  format: z.enum(EVENT_FORMATS).optional(),
});
export type EventListQuery = z.infer<typeof eventListQuerySchema>;

export const myEventsQuerySchema = pageQuerySchema.extend({
  as: z.enum(["participant", "organiser"]).optional(),
});
export type MyEventsQuery = z.infer<typeof myEventsQuerySchema>;

/** Files (slides, handouts) one event may carry. */
export const MATERIALS_PER_EVENT = 20;

export const materialPathSchema = eventPathSchema.extend({ attachmentId: attachmentIdSchema });

/**
 * A material to upload: the file as an exchange attachment declares it (the same
 * types and size limit), and the title the event page shows for it.
 */
export const materialUploadRequestSchema = attachmentUploadRequestSchema
  .extend({ title: boundedText(2, 160) })
  .meta({ id: "EventMaterialUploadRequest" });
export type MaterialUploadRequest = z.infer<typeof materialUploadRequestSchema>;

/** A file of an event, shown to whoever may read the event (decision 0095). */
export const materialSchema = attachmentSchema
  .extend({ title: z.string() })
  .meta({ id: "EventMaterial" });
export type Material = z.infer<typeof materialSchema>;

const organiserSchema = z
  .object({
    kind: z.enum(["city", "trainer"]),
    /** The city's id, or the organising person's user id. */
    id: z.string(),
    name: z.string(),
  })
  .meta({ id: "EventOrganiser" });

export const eventSchema = z
  .object({
    eventId: z.string(),
    type: z.enum(EVENT_TYPES),
    status: z.enum(EVENT_STATUSES),
    title: z.string(),
    description: z.string(),
    language: z.enum(CONTENT_LANGUAGES),
    themes: z.array(z.enum(THEMES)),
    start: z.string(),
    end: z.string(),
    timeZone: z.string(),
    /** The same instants in UTC (ISO 8601), for showing in the reader's zone. */
    startsAt: z.string(),
    endsAt: z.string(),
    registrationDeadline: z.string(),
    deadlineAt: z.string(),
    capacity: z.number(),
    registeredCount: z.number(),
    waitingCount: z.number(),
    online: z.boolean(),
    /** Null unless the caller is registered, an organiser or an administrator. */
    onlineLink: z.string().nullable(),
    venue: venueSchema.nullable(),
    country: z.string().nullable(),
    organiser: organiserSchema,
    relatedCourseIds: z.array(z.string()),
    relatedItemIds: z.array(z.string()),
    cancellationReason: z.string().nullable(),
    /** Slides, handouts: kept after the event and when it is cancelled. */
    materials: z.array(materialSchema),
    /** The caller's registration, if any. */
    registration: z.enum(REGISTRATION_STATES).nullable(),
    /**
     * The caller's place on the waiting list (1 is next) on the event's own page;
     * null when not waiting, and in lists.
     */
    waitingPosition: z.number().int().min(1).nullable(),
    actions: z.object({
      edit: z.boolean(),
      publish: z.boolean(),
      cancel: z.boolean(),
      register: z.boolean(),
      cancelRegistration: z.boolean(),
      seeRegistrations: z.boolean(),
      /** Add and remove materials: the organisers, at any time and in any status. */
      manageMaterials: z.boolean(),
    }),
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Event" });
export type EventView = z.infer<typeof eventSchema>;

export const eventPageSchema = z
  .object({ items: z.array(eventSchema), cursor: z.string().nullable() })
  .meta({ id: "EventPage" });

export const registrationSchema = z
  .object({
    eventId: z.string(),
    userId: z.string(),
    displayName: z.string(),
    state: z.enum(REGISTRATION_STATES),
    /** 1 for the first person waiting; null unless waiting. */
    waitingPosition: z.number().nullable(),
    registeredAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "EventRegistration" });
export type RegistrationView = z.infer<typeof registrationSchema>;

export const registrationListSchema = z
  .object({ items: z.array(registrationSchema) })
  .meta({ id: "EventRegistrationList" });

export const calendarFeedSchema = z
  .object({
    /** The private feed address: given once, when made; null afterwards. */
    url: z.string().nullable(),
    active: z.boolean(),
    createdAt: z.string().nullable(),
  })
  .meta({ id: "CalendarFeed" });
export type CalendarFeedView = z.infer<typeof calendarFeedSchema>;

export const calendarTokenPathSchema = z.object({
  token: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/, "Expected a calendar feed token")
    .meta({ example: "q3Vh0mXb0pU5cBv8g9kWz2Rr1sT4yN6aE7dF8hJ9kLm" }),
});
