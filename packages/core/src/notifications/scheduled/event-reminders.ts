import type { DataService } from "../../data/service.ts";
import { DAY_MS, isoPlus, type JobSummary, notifyDue } from "./due.ts";

/**
 * `event-reminders` (hourly): everyone registered for a published event that starts
 * within the next 24 hours is reminded of it once. The key holds the start, so an event
 * moved to another day reminds again; it falls due a day before the start.
 */
export async function remindEvents(data: DataService, now: Date): Promise<JobSummary> {
  const events = await data.entities.event.query
    .catalogue({ status: "published" })
    .between({ startsAt: now.toISOString() }, { startsAt: isoPlus(now.toISOString(), DAY_MS) })
    .go({ pages: "all", attributes: ["eventId", "title", "startsAt"] });
  const due = [];
  for (const event of events.data) {
    const registrations = await data.entities.eventRegistration.query
      .byEvent({ eventId: event.eventId })
      .go({ pages: "all", attributes: ["userId", "state"] });
    for (const { userId, state } of registrations.data) {
      if (state !== "registered") continue;
      due.push({
        key: `event-reminder\n${event.eventId}\n${event.startsAt}`,
        dueAt: isoPlus(event.startsAt, -DAY_MS),
        draft: {
          recipientId: userId,
          kind: "event-reminder" as const,
          params: { title: event.title, startsAt: event.startsAt },
          link: `/events/${event.eventId}`,
        },
      });
    }
  }
  return notifyDue(data, due);
}
