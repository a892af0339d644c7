import { createHash, randomBytes } from "node:crypto";
import type { EventAttributes } from "ics";
import { currentMember, optionalMember } from "../auth/index.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import type { EventItem } from "./event.entity.ts";
import { eventStore } from "./event-store.ts";
import type { CalendarFeedView, EventView } from "./schemas.ts";
import { toEvent } from "./views.ts";

/** Where a feed is served, relative to the API's origin. */
export const CALENDAR_FEED_PATH = "/api/calendar-feeds/";

const feedNotFound = () =>
  new VisibleError("not-found", "feed-not-found", "No calendar feed has this address.");

const hashOf = (token: string) => createHash("sha256").update(token).digest("base64url");

/**
 * iCalendar text of `events` (RFC 5545, by the `ics` library). Times are written
 * in UTC, which every calendar shows in its reader's zone; the venue's zone is
 * named in the description. A cancelled event stays, with STATUS:CANCELLED, so a
 * subscribed calendar removes or strikes it. `ics` is imported on the first calendar
 * asked for: at import it builds its validation schemas with `yup`, work that every cold
 * start of the API function did for the few requests that want a calendar (decision 0098).
 */
export async function toICalendar(events: EventView[], calName?: string): Promise<string> {
  if (events.length === 0) {
    // `ics` refuses an empty list; an empty feed is still a valid calendar.
    return (
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:alliance/events\r\nCALSCALE:GREGORIAN\r\n" +
      `${calName ? `X-WR-CALNAME:${calName}\r\n` : ""}END:VCALENDAR\r\n`
    );
  }
  const attributes = events.map((event): EventAttributes => {
    const place = event.venue
      ? `${event.venue.name}, ${event.venue.address}, ${event.venue.city}, ${event.venue.country}`
      : (event.onlineLink ?? "Online");
    return {
      uid: `${event.eventId}@alliance-events`,
      productId: "alliance/events",
      start: Date.parse(event.startsAt),
      startInputType: "utc",
      startOutputType: "utc",
      end: Date.parse(event.endsAt),
      endInputType: "utc",
      endOutputType: "utc",
      title: event.title,
      description: `${event.description}\n\n${event.start} – ${event.end} (${event.timeZone})${event.onlineLink ? `\n${event.onlineLink}` : ""}`,
      location: place,
      ...(event.onlineLink && { url: event.onlineLink }),
      status: event.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
      sequence: event.version,
      lastModified: Date.parse(event.updatedAt),
      ...(calName && { calName }),
    };
  });
  const { createEvents } = await import("ics");
  const { error, value } = createEvents(attributes);
  if (error || !value) throw error ?? new Error("ics produced nothing");
  return value;
}

/** `.ics` downloads and each person's private, revocable calendar feed (decision 0056). */
export function calendarUseCases(data: DataService, now: () => Date) {
  const store = eventStore(data);
  const { calendarFeed, calendarFeedOwner } = data.entities;

  /** The events a person registered for (or is waiting for, or attended), as they see them. */
  async function personsEvents(userId: string): Promise<EventView[]> {
    const registrations = await data.entities.eventRegistration.query
      .byPerson({ personId: userId })
      .go({ pages: "all" });
    const kept = registrations.data.filter((item) => item.state !== "cancelled");
    if (kept.length === 0) return [];
    const events = await data.entities.event
      .get(kept.map((item) => ({ eventId: item.eventId })))
      .go();
    const byId = new Map<string, EventItem>(events.data.map((event) => [event.eventId, event]));
    return kept
      .flatMap((item) => {
        const event = byId.get(item.eventId);
        return event && event.status !== "draft" ? [toEvent(null, event, item.state, now())] : [];
      })
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  }

  return {
    /** One event as an `.ics` file, with the online link only for whom the event shows it. */
    async eventFile(eventId: string): Promise<{ fileName: string; body: string }> {
      const member = await optionalMember(data);
      const event = await store.readable(eventId, member);
      const mine = member ? await store.registrationOf(eventId, member.userId) : null;
      const view = toEvent(member, event, mine?.state ?? null, now());
      return { fileName: `${eventId}.ics`, body: await toICalendar([view]) };
    },

    /** Whether I have a feed (its address is shown only when made). */
    async feed(): Promise<CalendarFeedView> {
      const member = await currentMember(data);
      const owner = await calendarFeedOwner.get({ userId: member.userId }).go({ consistent: true });
      return { url: null, active: Boolean(owner.data), createdAt: owner.data?.createdAt ?? null };
    },

    /** A new feed address; the previous one, if any, stops working in the same transaction. */
    async newFeed(): Promise<CalendarFeedView> {
      const member = await currentMember(data);
      const token = randomBytes(32).toString("base64url");
      const tokenHash = hashOf(token);
      const at = now().toISOString();
      const owner = await calendarFeedOwner.get({ userId: member.userId }).go({ consistent: true });
      const previous = owner.data?.tokenHash;
      const result = await data.transaction
        .write(({ calendarFeed: feeds, calendarFeedOwner: owners }) => [
          owners
            .update({ userId: member.userId })
            .set({ tokenHash, createdAt: at })
            .where((a, op) => (previous ? op.eq(a.tokenHash, previous) : op.notExists(a.tokenHash)))
            .commit(),
          feeds.create({ tokenHash, userId: member.userId, createdAt: at }).commit(),
          ...(previous ? [feeds.delete({ tokenHash: previous }).commit()] : []),
        ])
        .go();
      if (result.canceled) {
        throw new VisibleError(
          "conflict",
          "feed-changed",
          "Your calendar feed just changed. Try again.",
        );
      }
      return { url: `${CALENDAR_FEED_PATH}${token}`, active: true, createdAt: at };
    },

    /** Revokes my feed: its address answers 404 from now on. Idempotent. */
    async revokeFeed(): Promise<void> {
      const member = await currentMember(data);
      const owner = await calendarFeedOwner.get({ userId: member.userId }).go({ consistent: true });
      if (!owner.data) return;
      const previous = owner.data.tokenHash;
      await data.transaction
        .write(({ calendarFeed: feeds, calendarFeedOwner: owners }) => [
          owners
            .delete({ userId: member.userId })
            .where((a, op) => op.eq(a.tokenHash, previous))
            .commit(),
          feeds.delete({ tokenHash: previous }).commit(),
        ])
        .go();
    },

    /** The feed behind `token`, without signing in: the token is the credential. */
    async feedFile(token: string): Promise<string> {
      const found = await calendarFeed.get({ tokenHash: hashOf(token) }).go({ consistent: true });
      if (!found.data) throw feedNotFound();
      return toICalendar(await personsEvents(found.data.userId), "Alliance events");
    },
  };
}
