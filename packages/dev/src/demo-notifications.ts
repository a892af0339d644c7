import { instantOf, type NotificationDraft } from "@alliance/core";
import { DEMO_COURSES } from "./demo-courses.ts";
import { DEMO_EVENTS } from "./demo-events.ts";
import { DEMO_EXCHANGE_REQUESTS } from "./demo-exchange-requests.ts";
import { DEMO_ITEMS } from "./demo-items.ts";
import { DEMO_USERS, type DemoUserKey } from "./demo-users.ts";

/** A demo notification: what it says, and how long before the seed it came. */
export interface DemoNotification {
  /** Stands in for the stream record's id: with the person it decides the key. */
  changeId: string;
  minutesAgo: number;
  draft: NotificationDraft;
}

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`demo notifications: no demo ${what}`);
  return value;
}

const user = (key: DemoUserKey) =>
  found(
    DEMO_USERS.find((each) => each.key === key),
    key,
  );
const item = (suffix: string) =>
  found(
    DEMO_ITEMS.find((each) => each.itemId.endsWith(suffix)),
    `item ${suffix}`,
  );
const workshop = found(DEMO_EVENTS[0], "event").event;
const webinar = found(DEMO_EVENTS[1], "second event").event;
const request = found(DEMO_EXCHANGE_REQUESTS[0], "exchange request").request;
const course = found(DEMO_COURSES[0], "course");

const itemDraft = (suffix: string, kind: "item-approved" | "item-sent-back", comment = "") => {
  const { itemId, fields } = item(suffix);
  return { kind, params: { title: fields.title, comment }, link: `/exchange/items/${itemId}` };
};
const eventDraft = (
  event: typeof workshop,
  kind: "event-changed" | "event-cancelled" | "event-promoted",
) => ({
  kind,
  params: { title: event.title, startsAt: instantOf(event.start, event.timeZone) ?? "" },
  link: `/events/${event.eventId}`,
});
const answered = (author: string, link: string) => ({
  kind: "discussion-answer" as const,
  params: { author },
  link,
});
const message = (author: string) => ({
  kind: "request-message" as const,
  params: { author },
  link: `/exchange-requests/${request.requestId}`,
});

/**
 * What each demo person finds in their inbox in `pnpm dev` (issue 12): a few of the
 * kinds the change stream makes, about the demo items, events, requests and courses,
 * one of them already read, so that the bell, the inbox and its "New" marks have
 * something to show before anyone has done anything.
 */
export function demoNotifications(): { userId: string; notifications: DemoNotification[] }[] {
  const jonas = user("contributorA").displayName;
  const noor = user("contributorB").displayName;
  const marta = user("trainer").displayName;
  const perPerson: Record<DemoUserKey, Omit<NotificationDraft, "recipientId">[]> = {
    representative: [
      eventDraft(workshop, "event-promoted"),
      answered(jonas, `/exchange/items/${item("A1").itemId}`),
      eventDraft(webinar, "event-changed"),
    ],
    contributorA: [
      itemDraft("A1", "item-approved"),
      message(noor),
      itemDraft("A2", "item-sent-back", "Please add who to contact for the training."),
    ],
    contributorB: [
      message(jonas),
      itemDraft("R1", "item-approved"),
      eventDraft(workshop, "event-changed"),
    ],
    trainer: [answered(jonas, `/courses/${course.courseId}`), eventDraft(webinar, "event-changed")],
    admin: [answered(marta, `/courses/${course.courseId}`), eventDraft(workshop, "event-promoted")],
  };
  return DEMO_USERS.map((demo) => ({
    userId: demo.userId,
    notifications: perPerson[demo.key].map((draft, index) => ({
      changeId: `demo-notification-${demo.key}-${index + 1}`,
      minutesAgo: 45 + index * 60 * 26,
      draft: { ...draft, recipientId: demo.userId },
    })),
  }));
}
