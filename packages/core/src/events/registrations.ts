import { ulid } from "ulidx";
import { currentMember, type Member } from "../auth/index.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import type { EventItem, RegistrationItem } from "./event.entity.ts";
import { contended, eventStore, RETRY } from "./event-store.ts";
import type { RegistrationView } from "./schemas.ts";
import { toRegistrations } from "./views.ts";

const notRegistered = () =>
  new VisibleError("not-found", "not-registered", "You are not registered for this event.");

/**
 * Registering, cancelling, the waiting list and attendance (decision 0054). Every
 * step is one transaction conditional on the event's counters as read and on the
 * registrations it changes, so under any concurrency a place is given once and a
 * waiting person is promoted once; a step that loses a race reads again.
 */
export function registrationUseCases(data: DataService, now: () => Date) {
  const store = eventStore(data);

  const view = (item: RegistrationItem, position: number | null): RegistrationView => ({
    eventId: item.eventId,
    userId: item.userId,
    displayName: item.displayName,
    state: item.state,
    waitingPosition: position,
    registeredAt: item.registeredAt,
    updatedAt: item.updatedAt,
  });

  const positionOf = (item: RegistrationItem) => store.waitingPosition(item);

  async function openEvent(eventId: string, member: Member): Promise<EventItem> {
    const event = await store.readable(eventId, member);
    if (event.status !== "published") {
      throw new VisibleError(
        "conflict",
        "registration-closed",
        event.status === "cancelled"
          ? "This event is cancelled."
          : "This event is not published yet.",
      );
    }
    return event;
  }

  /**
   * Promotes the first waiting person into a place freed or added: one transaction
   * that moves them from waiting to registered (conditional on their still waiting)
   * and counts the place (conditional on one being free). RETRY when anything moved.
   */
  async function promoteFirst(
    event: EventItem,
    by: string,
  ): Promise<"done" | "none" | typeof RETRY> {
    if (event.registeredCount >= event.capacity || event.waitingCount === 0) return "none";
    const [first] = await store.waitingList(event.eventId);
    if (!first) return RETRY;
    const at = now().toISOString();
    const result = await data.transaction
      .write(({ event: events, eventRegistration, eventLogEntry }) => [
        events
          .patch({ eventId: event.eventId })
          .add({ registeredCount: 1 })
          .subtract({ waitingCount: 1 })
          .where((a, { eq, lt, gt }) =>
            [
              eq(a.status, "published"),
              eq(a.capacity, event.capacity),
              lt(a.registeredCount, event.capacity),
              gt(a.waitingCount, 0),
            ].join(" AND "),
          )
          .commit(),
        eventRegistration
          .patch({ eventId: event.eventId, userId: first.userId })
          .set({ state: "registered", updatedAt: at })
          .remove(["queuedAt"])
          .where((a, { eq }) => eq(a.state, "waiting"))
          .commit(),
        eventLogEntry
          .create(store.entry(event, "promoted", by, at, { userId: first.userId }))
          .commit(),
      ])
      .go();
    return result.canceled ? RETRY : "done";
  }

  return {
    /**
     * Registers the caller, or puts them on the waiting list when the event is full
     * or others already wait (nobody jumps the queue). Registering again while
     * registered or waiting changes nothing.
     */
    async register(eventId: string): Promise<RegistrationView> {
      const member = await currentMember(data);
      return contended(async () => {
        const event = await openEvent(eventId, member);
        const mine = await store.registrationOf(eventId, member.userId);
        if (mine && mine.state !== "cancelled") return view(mine, await positionOf(mine));
        if (Date.parse(event.deadlineAt) <= now().getTime()) {
          throw new VisibleError(
            "conflict",
            "registration-closed",
            "Registration for this event has closed.",
          );
        }
        const place = event.registeredCount < event.capacity && event.waitingCount === 0;
        const at = now().toISOString();
        const item: RegistrationItem = {
          eventId,
          userId: member.userId,
          personId: member.userId,
          displayName: member.displayName,
          state: place ? "registered" : "waiting",
          ...(!place && { queuedAt: `${at}#${ulid()}` }),
          registeredAt: at,
          updatedAt: at,
        };
        const result = await data.transaction
          .write(({ event: events, eventRegistration, eventLogEntry }) => [
            events
              .patch({ eventId })
              .add(place ? { registeredCount: 1 } : { waitingCount: 1 })
              .where((a, op) =>
                [
                  op.eq(a.status, "published"),
                  op.eq(a.capacity, event.capacity),
                  place
                    ? `${op.lt(a.registeredCount, event.capacity)} AND ${op.eq(a.waitingCount, 0)}`
                    : `(${op.gte(a.registeredCount, event.capacity)} OR ${op.gt(a.waitingCount, 0)})`,
                ].join(" AND "),
              )
              .commit(),
            eventRegistration
              .update({ eventId, userId: member.userId })
              .set({
                personId: member.userId,
                displayName: item.displayName,
                state: item.state,
                registeredAt: at,
                updatedAt: at,
                ...(item.queuedAt && { queuedAt: item.queuedAt }),
              })
              .where((a, op) => `${op.notExists(a.state)} OR ${op.eq(a.state, "cancelled")}`)
              .commit(),
            eventLogEntry
              .create(
                store.entry(event, place ? "registered" : "waitlisted", member.userId, at, {
                  userId: member.userId,
                }),
              )
              .commit(),
          ])
          .go();
        if (result.canceled) return RETRY;
        return view(item, place ? null : await positionOf(item));
      });
    },

    /**
     * Cancels the caller's registration. A registered person's place goes, in the
     * same transaction, to the first waiting person (conditional on their still
     * waiting), so concurrent cancellations promote each waiting person once.
     */
    async cancel(eventId: string): Promise<RegistrationView> {
      const member = await currentMember(data);
      return contended(async () => {
        const event = await store.readable(eventId, member);
        const mine = await store.registrationOf(eventId, member.userId);
        if (!mine || mine.state === "cancelled") throw notRegistered();
        if (mine.state === "attended" || Date.parse(event.startsAt) <= now().getTime()) {
          throw new VisibleError(
            "conflict",
            "event-started",
            "This event has started: registrations stay as they are.",
          );
        }
        const at = now().toISOString();
        const waiting = mine.state === "waiting";
        const [first] = waiting || event.waitingCount === 0 ? [] : await store.waitingList(eventId);
        const promoted = first && first.userId !== member.userId ? first : undefined;
        const result = await data.transaction
          .write(({ event: events, eventRegistration, eventLogEntry }) => [
            events
              .patch({ eventId })
              .subtract(waiting || promoted ? { waitingCount: 1 } : { registeredCount: 1 })
              // A registered person's place goes to the first waiting person if anyone
              // waits, else it is freed: the counters must still say which case this is.
              .where((a, op) =>
                waiting || promoted ? op.gt(a.waitingCount, 0) : op.eq(a.waitingCount, 0),
              )
              .commit(),
            eventRegistration
              .patch({ eventId, userId: member.userId })
              .set({ state: "cancelled", updatedAt: at })
              .remove(["queuedAt"])
              .where((a, op) => op.eq(a.state, mine.state))
              .commit(),
            eventLogEntry
              .create(
                store.entry(event, "registration-cancelled", member.userId, at, {
                  userId: member.userId,
                }),
              )
              .commit(),
            ...(promoted
              ? [
                  eventRegistration
                    .patch({ eventId, userId: promoted.userId })
                    .set({ state: "registered", updatedAt: at })
                    .remove(["queuedAt"])
                    .where((a, op) => op.eq(a.state, "waiting"))
                    .commit(),
                  eventLogEntry
                    .create(
                      store.entry(event, "promoted", member.userId, at, {
                        userId: promoted.userId,
                      }),
                    )
                    .commit(),
                ]
              : []),
          ])
          .go();
        if (result.canceled) return RETRY;
        return view({ ...mine, state: "cancelled", updatedAt: at }, null);
      });
    },

    /** The organisers' list: registered and attended people, then the waiting list in order. */
    async list(eventId: string): Promise<{ items: RegistrationView[] }> {
      const member = await currentMember(data);
      await store.managed(eventId, member, "Only the event's organisers see who registered.");
      const found = await data.entities.eventRegistration.query
        .byEvent({ eventId })
        .go({ pages: "all" });
      return { items: toRegistrations(found.data.filter((item) => item.state !== "cancelled")) };
    },

    /** An organiser marks (or unmarks) that a registered person attended. Idempotent. */
    async markAttendance(
      eventId: string,
      userId: string,
      attended: boolean,
    ): Promise<RegistrationView> {
      const member = await currentMember(data);
      const event = await store.managed(
        eventId,
        member,
        "Only the event's organisers mark attendance.",
      );
      if (event.status !== "published") {
        throw new VisibleError("conflict", "invalid-state", `This event is ${event.status}.`);
      }
      const found = await store.registrationOf(eventId, userId);
      if (!found || (found.state !== "registered" && found.state !== "attended")) {
        throw new VisibleError(
          "not-found",
          "not-registered",
          "This person is not registered for this event.",
        );
      }
      const state = attended ? "attended" : "registered";
      if (found.state === state) return view(found, null);
      const at = now().toISOString();
      const result = await data.transaction
        .write(({ eventRegistration, eventLogEntry }) => [
          eventRegistration
            .patch({ eventId, userId })
            .set({ state, updatedAt: at })
            .where((a, op) => op.eq(a.state, found.state))
            .commit(),
          eventLogEntry
            .create(
              store.entry(
                event,
                attended ? "attendance-marked" : "attendance-unmarked",
                member.userId,
                at,
                {
                  userId,
                },
              ),
            )
            .commit(),
        ])
        .go();
      if (result.canceled) {
        throw new VisibleError(
          "precondition-failed",
          "stale-registration",
          "This registration just changed. Reload it.",
        );
      }
      return view({ ...found, state, updatedAt: at }, null);
    },

    /** Gives free places to the waiting list, in order (after the capacity grew). */
    async fill(eventId: string, by: string): Promise<void> {
      for (;;) {
        const outcome = await contended(async () => promoteFirst(await store.load(eventId), by));
        if (outcome === "none") return;
      }
    },
  };
}
