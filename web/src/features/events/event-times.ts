import type { EventView } from "@alliance/core/web";
import { useSyncExternalStore } from "react";

type Instants = Pick<EventView, "startsAt" | "endsAt" | "timeZone">;

const WHEN: Intl.DateTimeFormatOptions = {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
};

function range(event: Instants, locale: string, timeZone: string, zoneName: boolean): string {
  const format = new Intl.DateTimeFormat(locale, {
    ...WHEN,
    timeZone,
    ...(zoneName && { timeZoneName: "short" }),
  });
  return format.formatRange(new Date(event.startsAt), new Date(event.endsAt));
}

/**
 * When an event happens, in the interface language (decision 0055): at the venue, in
 * its zone, and in the reader's zone when the clock there says something else (null
 * otherwise, or when the reader's zone is not known yet, as in a server render).
 */
export function eventTimes(
  event: Instants,
  locale: string,
  readerZone: string | null,
): { venue: string; reader: string | null } {
  const venue = range(event, locale, event.timeZone, true);
  if (!readerZone || readerZone === event.timeZone) return { venue, reader: null };
  const same =
    range(event, locale, event.timeZone, false) === range(event, locale, readerZone, false);
  return { venue, reader: same ? null : range(event, locale, readerZone, true) };
}

/** An instant (a registration deadline) in the venue's zone, with the zone's name. */
export function venueInstant(at: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { ...WHEN, timeZone, timeZoneName: "short" }).format(
    new Date(at),
  );
}

/** A short date in the reader's zone, for lists. */
export function shortDate(at: string, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    ...(timeZone && { timeZone }),
  }).format(new Date(at));
}

const never = () => () => undefined;

/**
 * The browser's time zone; null in a server render (whose zone is not the reader's),
 * so the page first paints the venue's times and adds the reader's once running.
 */
export function useReaderZone(): string | null {
  return useSyncExternalStore(
    never,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => null,
  );
}
