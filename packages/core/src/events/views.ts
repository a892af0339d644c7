import { isAdmin, type Member, managesCity } from "../auth/index.ts";
import { publicAttachment } from "../exchange/checked-files.ts";
import type { Theme } from "../taxonomy/exchange.ts";
import type { EventItem, RegistrationItem } from "./event.entity.ts";
import type { EventView, RegistrationState, RegistrationView } from "./schemas.ts";

/**
 * Who organises an event: administrators, the person who created it, and for a
 * city's event every contributor of that city.
 */
export function mayManage(member: Member | null, event: EventItem): boolean {
  if (!member) return false;
  if (isAdmin(member) || event.createdBy === member.userId) return true;
  return event.organiserKind === "city" && managesCity(member, event.organiserId);
}

/** A draft exists for its organisers only; a published or cancelled event for everyone. */
export const mayRead = (member: Member | null, event: EventItem) =>
  event.status !== "draft" || mayManage(member, event);

const ACTIVE: readonly RegistrationState[] = ["registered", "attended"];

/** The event as `member` sees it: the online link only for registered people and organisers. */
export function toEvent(
  member: Member | null,
  event: EventItem,
  registration: RegistrationState | null,
  now: Date,
  waitingPosition: number | null = null,
): EventView {
  const manager = mayManage(member, event);
  const seesLink = manager || (registration !== null && ACTIVE.includes(registration));
  const open = event.status === "published" && Date.parse(event.deadlineAt) > now.getTime();
  const started = Date.parse(event.startsAt) <= now.getTime();
  return {
    eventId: event.eventId,
    type: event.type,
    status: event.status,
    title: event.title,
    description: event.description,
    language: event.language,
    themes: event.themes as Theme[],
    start: event.start,
    end: event.end,
    timeZone: event.timeZone,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    registrationDeadline: event.registrationDeadline,
    deadlineAt: event.deadlineAt,
    capacity: event.capacity,
    registeredCount: event.registeredCount,
    waitingCount: event.waitingCount,
    online: Boolean(event.onlineLink),
    onlineLink: seesLink ? (event.onlineLink ?? null) : null,
    venue: event.venue ?? null,
    country: event.country ?? null,
    organiser: { kind: event.organiserKind, id: event.organiserId, name: event.organiserName },
    relatedCourseIds: event.relatedCourseIds ?? [],
    relatedItemIds: event.relatedItemIds ?? [],
    cancellationReason: event.cancellationReason ?? null,
    materials: (event.materials ?? []).map((file) => ({
      ...publicAttachment(file),
      title: file.title,
    })),
    registration,
    waitingPosition: registration === "waiting" ? waitingPosition : null,
    actions: {
      edit: manager && event.status !== "cancelled" && !started,
      publish: manager && event.status === "draft",
      cancel: manager && event.status !== "cancelled" && !started,
      register: member !== null && open && (registration === null || registration === "cancelled"),
      cancelRegistration:
        !started &&
        event.status === "published" &&
        (registration === "registered" || registration === "waiting"),
      seeRegistrations: manager,
      manageMaterials: manager,
    },
    version: event.version,
    createdAt: event.createdAt,
    updatedAt: event.updatedAt,
  };
}

/** Registrations in the organiser's order: registered and attended by date, then the waiting list. */
export function toRegistrations(items: RegistrationItem[]): RegistrationView[] {
  const waiting = items
    .filter((item) => item.state === "waiting")
    .sort((a, b) => (a.queuedAt ?? "").localeCompare(b.queuedAt ?? ""));
  const others = items
    .filter((item) => item.state !== "waiting")
    .sort((a, b) => a.registeredAt.localeCompare(b.registeredAt));
  return [...others, ...waiting].map((item) => ({
    eventId: item.eventId,
    userId: item.userId,
    displayName: item.displayName,
    state: item.state,
    waitingPosition: item.state === "waiting" ? waiting.indexOf(item) + 1 : null,
    registeredAt: item.registeredAt,
    updatedAt: item.updatedAt,
  }));
}
