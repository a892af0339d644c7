import { setTimeout as sleep } from "node:timers/promises";
import { ulid } from "ulidx";
import type { Member } from "../auth/index.ts";
import type { DataService } from "../data/service.ts";
import { type FieldError, VisibleError } from "../errors.ts";
import type { EventItem, EventLogItem, RegistrationItem } from "./event.entity.ts";
import type { EventAction, EventView } from "./schemas.ts";
import { mayManage, mayRead, toEvent } from "./views.ts";

export const eventNotFound = () =>
  new VisibleError("not-found", "event-not-found", "No event has this id.");

export const invalidFields = (fields: FieldError[]) =>
  new VisibleError(
    "input",
    "invalid-event",
    fields.map((field) => `${field.field}: ${field.message}`).join("; "),
    fields,
  );

/** Sentinel of a contended step that lost a race and should read again and retry. */
export const RETRY = Symbol("retry");
const ATTEMPTS = 60;

/**
 * Runs `attempt` until it answers something other than RETRY. Every registration
 * step is a transaction conditional on the counters it read; under contention most
 * lose a race (a changed counter, or DynamoDB's TransactionConflict) and read again.
 * The random, growing pause spreads the retries out. After ATTEMPTS, 503.
 */
export async function contended<T>(attempt: () => Promise<T | typeof RETRY>): Promise<T> {
  for (let round = 0; round < ATTEMPTS; round += 1) {
    const result = await attempt();
    if (result !== RETRY) return result as T;
    await sleep(Math.floor(Math.random() * 10 * Math.min(round + 1, 10)));
  }
  throw new VisibleError(
    "unavailable",
    "event-busy",
    "Too many people are registering for this event right now. Try again in a moment.",
  );
}

/** Reading events and writing their log entries. */
export function eventStore(data: DataService) {
  const { event } = data.entities;

  async function load(eventId: string): Promise<EventItem> {
    const found = await event.get({ eventId }).go({ consistent: true });
    if (!found.data) throw eventNotFound();
    return found.data;
  }

  /** The event, for someone who may read it; a draft is 404 to anyone but its organisers. */
  async function readable(eventId: string, member: Member | null): Promise<EventItem> {
    const found = await load(eventId);
    if (!mayRead(member, found)) throw eventNotFound();
    return found;
  }

  /** The waiting list, first come first: one consistent Query of the event's partition. */
  async function waitingList(eventId: string): Promise<RegistrationItem[]> {
    const found = await data.entities.eventRegistration.query
      .byEvent({ eventId })
      .where((attributes, { eq }) => eq(attributes.state, "waiting"))
      .go({ pages: "all", consistent: true });
    return found.data.sort((a, b) => (a.queuedAt ?? "").localeCompare(b.queuedAt ?? ""));
  }

  async function registrationOf(eventId: string, userId: string) {
    const found = await data.entities.eventRegistration
      .get({ eventId, userId })
      .go({ consistent: true });
    return found.data;
  }

  /** A waiting person's place in the queue (1 is next), or null when not waiting. */
  async function waitingPosition(item: RegistrationItem): Promise<number | null> {
    if (item.state !== "waiting") return null;
    const list = await waitingList(item.eventId);
    return list.findIndex((other) => other.userId === item.userId) + 1 || null;
  }

  return {
    load,
    readable,
    registrationOf,
    waitingPosition,

    /** The event as `member` sees it on its own page, with their registration in it. */
    async view(member: Member | null, event: EventItem, at: Date): Promise<EventView> {
      const mine = member ? await registrationOf(event.eventId, member.userId) : null;
      const position = mine ? await waitingPosition(mine) : null;
      return toEvent(member, event, mine?.state ?? null, at, position);
    },

    /** The event, for one of its organisers: 404 as `readable`, then 403 saying `refusal`. */
    async managed(eventId: string, member: Member | null, refusal: string): Promise<EventItem> {
      const found = await readable(eventId, member);
      if (!mayManage(member, found)) throw new VisibleError("forbidden", "not-organiser", refusal);
      return found;
    },

    waitingList,

    /** 412 after a lost race or a stale If-Match, naming the version the event is at now. */
    async stale(eventId: string): Promise<never> {
      const current = await load(eventId);
      throw new VisibleError(
        "precondition-failed",
        "stale-version",
        `This event changed since you loaded it: it is now ${current.status} (version ${current.version}). Reload it.`,
      );
    },

    /** The log entry of `action` by `by`, written in the step's transaction. */
    entry(
      item: Pick<EventItem, "eventId" | "title" | "startsAt" | "organiserId">,
      action: EventAction,
      by: string,
      at: string,
      extra: Partial<Pick<EventLogItem, "userId" | "message" | "changed">> = {},
    ): EventLogItem {
      const defined = Object.fromEntries(
        Object.entries(extra).filter(([, value]) => value !== undefined && value !== ""),
      );
      return {
        eventId: item.eventId,
        at,
        entryId: ulid(),
        action,
        title: item.title,
        startsAt: item.startsAt,
        organiserId: item.organiserId,
        by,
        ...defined,
      };
    },
  };
}

export type EventStore = ReturnType<typeof eventStore>;
