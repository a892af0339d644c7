import { currentMember, isAdmin, type Member, optionalMember } from "../auth/index.ts";
import { type Page, queryPage } from "../data/pagination.ts";
import type { DataService } from "../data/service.ts";
import { type FieldError, VisibleError } from "../errors.ts";
import { newId } from "../ids.ts";
import type { Country } from "../taxonomy/countries.ts";
import type { EventItem } from "./event.entity.ts";
import { eventStore, invalidFields } from "./event-store.ts";
import { checkSchedule } from "./schedule.ts";
import type {
  EventCancellation,
  EventForm,
  EventListQuery,
  EventPatch,
  EventView,
  MyEventsQuery,
  RegistrationState,
} from "./schemas.ts";
import { toEvent } from "./views.ts";

type Organiser = Pick<EventItem, "organiserKind" | "organiserId" | "organiserName"> & {
  cityCountry?: Country;
};

const EDITABLE = [
  "type",
  "title",
  "description",
  "language",
  "themes",
  "start",
  "end",
  "timeZone",
  "registrationDeadline",
  "capacity",
  "onlineLink",
  "venue",
  "relatedCourseIds",
  "relatedItemIds",
] as const;

/** Creating, editing, publishing, cancelling and reading events (decision 0053). */
export function eventUseCases(
  data: DataService,
  now: () => Date,
  fill: (eventId: string, by: string) => Promise<void>,
) {
  const store = eventStore(data);

  async function organiserOf(member: Member, cityId: string | undefined): Promise<Organiser> {
    const roles = member.actor.roles;
    const contributor = roles.includes("contributor") && member.cityId;
    if (!isAdmin(member) && !roles.includes("trainer") && !contributor) {
      throw new VisibleError(
        "forbidden",
        "role-required",
        "Trainers, administrators and city contributors organise events.",
      );
    }
    const wantedCity =
      cityId ?? (roles.includes("trainer") || isAdmin(member) ? undefined : member.cityId);
    if (!wantedCity) {
      return {
        organiserKind: "trainer",
        organiserId: member.userId,
        organiserName: member.displayName,
      };
    }
    if (!isAdmin(member) && !(contributor && member.cityId === wantedCity)) {
      throw new VisibleError(
        "forbidden",
        "not-your-city",
        "You organise events for your own city only.",
      );
    }
    const city = await data.entities.city.get({ cityId: wantedCity }).go();
    if (!city.data) {
      throw invalidFields([{ field: "organiserCityId", message: "No member city has this id." }]);
    }
    return {
      organiserKind: "city",
      organiserId: city.data.cityId,
      organiserName: city.data.name,
      cityCountry: city.data.country,
    };
  }

  /** 400 naming each related course or item that is not published. */
  async function checkRelated(courseIds: string[], itemIds: string[]): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    const [courses, items] = await Promise.all([
      Promise.all(courseIds.map((courseId) => data.entities.courseListing.get({ courseId }).go())),
      Promise.all(itemIds.map((itemId) => data.entities.exchangeItem.get({ itemId }).go())),
    ]);
    courses.forEach((found, index) => {
      if (!found.data?.listed) {
        errors.push({ field: `relatedCourseIds.${index}`, message: "Not a published course" });
      }
    });
    items.forEach((found, index) => {
      if (found.data?.status !== "published") {
        errors.push({ field: `relatedItemIds.${index}`, message: "Not a published exchange item" });
      }
    });
    return errors;
  }

  /** The derived fields of an event's content, or 400 naming every field at fault. */
  async function checked(
    content: Omit<EventForm, "organiserCityId">,
    cityCountry: Country | undefined,
    registeredCount: number,
  ) {
    const schedule = checkSchedule(content, now());
    const errors = [...schedule.errors];
    if (!content.onlineLink && !content.venue) {
      errors.push({ field: "venue", message: "Give a venue or an online link" });
    }
    if (content.capacity < registeredCount) {
      errors.push({
        field: "capacity",
        message: `${registeredCount} people are registered: the capacity cannot be lower`,
      });
    }
    const courseIds = [...new Set(content.relatedCourseIds ?? [])];
    const itemIds = [...new Set(content.relatedItemIds ?? [])];
    errors.push(...(await checkRelated(courseIds, itemIds)));
    if (errors.length > 0 || !schedule.instants) throw invalidFields(errors);
    const country = content.venue?.country ?? cityCountry;
    return {
      ...schedule.instants,
      courseIds,
      itemIds,
      ...(country && { country }),
    };
  }

  const view = (member: Member | null, event: EventItem) => store.view(member, event, now());

  /** Views of many events, with the caller's registration in each (one BatchGet). */
  async function views(member: Member | null, events: EventItem[]): Promise<EventView[]> {
    const states = new Map<string, RegistrationState>();
    if (member && events.length > 0) {
      const found = await data.entities.eventRegistration
        .get(events.map((event) => ({ eventId: event.eventId, userId: member.userId })))
        .go();
      for (const item of found.data) states.set(item.eventId, item.state);
    }
    return events.map((event) => toEvent(member, event, states.get(event.eventId) ?? null, now()));
  }

  /** The event for an organiser's step at `version`: 404, 403, 412, then 409. */
  async function managed(eventId: string, version: number) {
    const member = await currentMember(data);
    const event = await store.managed(eventId, member, "Only the event's organisers can do this.");
    if (event.version !== version) await store.stale(eventId);
    if (event.status === "cancelled") {
      throw new VisibleError("conflict", "event-cancelled", "This event is cancelled.");
    }
    if (Date.parse(event.startsAt) <= now().getTime()) {
      throw new VisibleError(
        "conflict",
        "event-started",
        "This event has started: it can no longer change.",
      );
    }
    return { member, event };
  }

  return {
    async create(form: EventForm): Promise<EventView> {
      const member = await currentMember(data);
      const { organiserCityId, ...content } = form;
      const organiser = await organiserOf(member, organiserCityId);
      const derived = await checked(content, organiser.cityCountry, 0);
      const at = now().toISOString();
      const event: EventItem = {
        eventId: newId("evt"),
        type: content.type,
        status: "draft",
        title: content.title,
        description: content.description,
        language: content.language,
        themes: content.themes,
        start: content.start,
        end: content.end,
        registrationDeadline: content.registrationDeadline,
        timeZone: content.timeZone,
        startsAt: derived.startsAt,
        endsAt: derived.endsAt,
        deadlineAt: derived.deadlineAt,
        capacity: content.capacity,
        registeredCount: 0,
        waitingCount: 0,
        ...(content.onlineLink && { onlineLink: content.onlineLink }),
        ...(content.venue && { venue: content.venue }),
        ...(derived.country && { country: derived.country }),
        organiserKind: organiser.organiserKind,
        organiserId: organiser.organiserId,
        organiserName: organiser.organiserName,
        createdBy: member.userId,
        relatedCourseIds: derived.courseIds,
        relatedItemIds: derived.itemIds,
        createdAt: at,
        updatedAt: at,
        version: 1,
      };
      await data.transaction
        .write(({ event: events, eventLogEntry }) => [
          events.create(event).commit(),
          eventLogEntry.create(store.entry(event, "created", member.userId, at)).commit(),
        ])
        .go();
      return toEvent(member, event, null, now());
    },

    async get(eventId: string): Promise<EventView> {
      const member = await optionalMember(data);
      return view(member, await store.readable(eventId, member));
    },

    /** The catalogue: published events, upcoming (soonest first) or past (latest first). */
    async list(query: EventListQuery): Promise<Page<EventView>> {
      const member = await optionalMember(data);
      const at = now().toISOString();
      const catalogue = data.entities.event.query.catalogue({ status: "published" });
      const range =
        query.when === "past" ? catalogue.lt({ startsAt: at }) : catalogue.gte({ startsAt: at });
      const filtered = range.where((attributes, op) =>
        [
          query.type && op.eq(attributes.type, query.type),
          query.theme && op.contains(attributes.themes, query.theme),
          query.language && op.eq(attributes.language, query.language),
          query.country && op.eq(attributes.country, query.country),
          query.format === "online" && op.exists(attributes.onlineLink),
          query.format === "in-person" && op.exists(attributes.venue),
        ]
          .filter(Boolean)
          .join(" AND "),
      );
      const page = await queryPage(filtered, {
        ...query,
        order: query.when === "past" ? "desc" : "asc",
        // A filtered page keeps reading until it is full (short pages only at the end).
        filtered: [query.type, query.theme, query.language, query.country, query.format].some(
          Boolean,
        ),
      });
      return { items: await views(member, page.items), cursor: page.cursor };
    },

    /** The events I registered for, or those I (or my city) organise, newest first. */
    async mine(query: MyEventsQuery): Promise<Page<EventView>> {
      const member = await currentMember(data);
      if (query.as === "organiser") {
        const organiserId =
          member.actor.roles.includes("contributor") && member.cityId
            ? member.cityId
            : member.userId;
        const page = await queryPage(data.entities.event.query.byOrganiser({ organiserId }), {
          ...query,
          order: "desc",
        });
        return { items: await views(member, page.items), cursor: page.cursor };
      }
      const page = await queryPage(
        data.entities.eventRegistration.query.byPerson({ personId: member.userId }),
        { ...query, order: "desc" },
      );
      const ids = page.items.map((item) => ({ eventId: item.eventId }));
      const found = ids.length > 0 ? (await data.entities.event.get(ids).go()).data : [];
      const byId = new Map(found.map((event) => [event.eventId, event]));
      const items = page.items.flatMap((registration) => {
        const event = byId.get(registration.eventId);
        return event ? [toEvent(member, event, registration.state, now())] : [];
      });
      return { items, cursor: page.cursor };
    },

    async edit(eventId: string, patch: EventPatch, version: number): Promise<EventView> {
      const { member, event } = await managed(eventId, version);
      const merged = { ...event, ...patch } as EventItem & EventPatch;
      const city =
        event.organiserKind === "city"
          ? (await data.entities.city.get({ cityId: event.organiserId }).go()).data
          : null;
      const derived = await checked(
        {
          ...merged,
          onlineLink: merged.onlineLink ?? null,
          venue: merged.venue ?? null,
        },
        city?.country,
        event.registeredCount,
      );
      const changed = EDITABLE.filter(
        (key) =>
          key in patch && JSON.stringify(patch[key] ?? null) !== JSON.stringify(event[key] ?? null),
      );
      const at = now().toISOString();
      const next = {
        type: merged.type,
        title: merged.title,
        description: merged.description,
        language: merged.language,
        themes: merged.themes,
        start: merged.start,
        end: merged.end,
        registrationDeadline: merged.registrationDeadline,
        timeZone: merged.timeZone,
        capacity: merged.capacity,
        status: event.status,
        startsAt: derived.startsAt,
        endsAt: derived.endsAt,
        deadlineAt: derived.deadlineAt,
        relatedCourseIds: derived.courseIds,
        relatedItemIds: derived.itemIds,
        ...(merged.onlineLink && { onlineLink: merged.onlineLink }),
        ...(merged.venue && { venue: merged.venue }),
        ...(derived.country && { country: derived.country }),
        updatedAt: at,
        version: event.version + 1,
      };
      const removed = (["onlineLink", "venue", "country"] as const).filter((key) => !(key in next));
      const result = await data.transaction
        .write(({ event: events, eventLogEntry }) => [
          events
            .patch({ eventId })
            .set(next)
            .remove(removed)
            .where((attributes, { eq, lte }) =>
              [
                eq(attributes.version, version),
                lte(attributes.registeredCount, next.capacity),
              ].join(" AND "),
            )
            .commit(),
          eventLogEntry
            .create(store.entry({ ...event, ...next }, "edited", member.userId, at, { changed }))
            .commit(),
        ])
        .go();
      if (result.canceled) {
        const current = await store.load(eventId);
        if (current.version !== version) return store.stale(eventId);
        throw invalidFields([
          {
            field: "capacity",
            message: `${current.registeredCount} people are registered: the capacity cannot be lower`,
          },
        ]);
      }
      // A larger capacity lets the waiting list in, first come first served.
      if (next.capacity > event.capacity) await fill(eventId, member.userId);
      return view(member, await store.load(eventId));
    },

    async publish(eventId: string, version: number): Promise<EventView> {
      const { member, event } = await managed(eventId, version);
      if (event.status !== "draft") {
        throw new VisibleError("conflict", "invalid-state", "This event is already published.");
      }
      const schedule = checkSchedule(event, now());
      if (schedule.errors.length > 0) throw invalidFields(schedule.errors);
      return step(member, event, "published", { status: "published" });
    },

    async cancel(eventId: string, cancellation: EventCancellation, version: number) {
      const { member, event } = await managed(eventId, version);
      const reason = cancellation.reason ?? "";
      return step(
        member,
        event,
        "cancelled",
        {
          status: "cancelled",
          ...(reason && { cancellationReason: reason }),
        },
        reason,
      );
    },
  };

  /** A change of status with its log entry, conditional on the version loaded. */
  async function step(
    member: Member,
    event: EventItem,
    action: "published" | "cancelled",
    changes: Pick<EventItem, "status"> & Partial<EventItem>,
    message?: string,
  ): Promise<EventView> {
    const at = now().toISOString();
    const next = {
      ...changes,
      startsAt: event.startsAt,
      updatedAt: at,
      version: event.version + 1,
    };
    const result = await data.transaction
      .write(({ event: events, eventLogEntry }) => [
        events
          .patch({ eventId: event.eventId })
          .set(next)
          .where((attributes, { eq }) => eq(attributes.version, event.version))
          .commit(),
        eventLogEntry.create(store.entry(event, action, member.userId, at, { message })).commit(),
      ])
      .go();
    if (result.canceled) return store.stale(event.eventId);
    return view(member, { ...event, ...next });
  }
}
