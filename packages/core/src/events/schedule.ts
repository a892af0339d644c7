import { DateTime } from "luxon";
import type { FieldError } from "../errors.ts";

export { isTimeZone } from "./time-zone.ts";

/**
 * The instant (ISO 8601 UTC) of a wall-clock time at the venue, or null when that
 * time does not exist there (the hour skipped when clocks go forward). A time that
 * happens twice (clocks go back) is its first occurrence, as luxon resolves it.
 */
export function instantOf(local: string, zone: string): string | null {
  const at = DateTime.fromISO(local, { zone });
  if (!at.isValid) return null;
  if (at.toFormat("yyyy-MM-dd'T'HH:mm") !== local) return null;
  return at.toUTC().toISO({ suppressMilliseconds: true }) as string;
}

export interface Schedule {
  start: string;
  end: string;
  registrationDeadline: string;
  timeZone: string;
}

export interface Instants {
  startsAt: string;
  endsAt: string;
  deadlineAt: string;
}

/**
 * The schedule's instants, or the fields at fault: a time that does not exist in
 * the zone, a start in the past, an end not after the start, a deadline after the
 * start. `now` only matters for the start (an edit may keep a deadline that passed).
 */
export function checkSchedule(
  schedule: Schedule,
  now: Date,
): { instants: Instants; errors: [] } | { instants: null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const missing = (field: string) =>
    errors.push({
      field,
      message: `This time does not exist in ${schedule.timeZone} (the clocks change)`,
    });
  const startsAt = instantOf(schedule.start, schedule.timeZone);
  const endsAt = instantOf(schedule.end, schedule.timeZone);
  const deadlineAt = instantOf(schedule.registrationDeadline, schedule.timeZone);
  if (!startsAt) missing("start");
  if (!endsAt) missing("end");
  if (!deadlineAt) missing("registrationDeadline");
  if (startsAt && Date.parse(startsAt) <= now.getTime()) {
    errors.push({ field: "start", message: "The start is in the past" });
  }
  if (startsAt && endsAt && endsAt <= startsAt) {
    errors.push({ field: "end", message: "The end must be after the start" });
  }
  if (startsAt && deadlineAt && deadlineAt > startsAt) {
    errors.push({ field: "registrationDeadline", message: "Registration must close by the start" });
  }
  if (errors.length > 0 || !startsAt || !endsAt || !deadlineAt) return { instants: null, errors };
  return { instants: { startsAt, endsAt, deadlineAt }, errors: [] };
}
