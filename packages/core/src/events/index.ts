import type { DataService } from "../data/service.ts";
import type { AttachmentStore } from "../exchange/attachment-store.ts";
import { calendarUseCases } from "./calendar.ts";
import { eventUseCases } from "./events.ts";
import { materialUseCases } from "./materials.ts";
import { registrationUseCases } from "./registrations.ts";

export { CALENDAR_FEED_PATH, toICalendar } from "./calendar.ts";
export type {
  EventItem,
  EventLogItem,
  RegistrationItem,
  StoredMaterial,
} from "./event.entity.ts";
export { forgetAttendee } from "./forget-attendee.ts";
export { materialKey } from "./materials.ts";
export { checkSchedule, instantOf, isTimeZone } from "./schedule.ts";
export * from "./schemas.ts";

/**
 * Events and their registrations: organisers create, edit, publish and cancel;
 * members register, wait and cancel; organisers mark attendance; everyone
 * downloads an `.ics` and keeps a private calendar feed. Every step is an
 * `eventLogEntry` the change stream carries to subscribers (decision 0053).
 * Organisers attach materials, which outlive the event (decision 0095).
 */
export function eventsUseCases(
  data: DataService,
  files: AttachmentStore,
  now: () => Date = () => new Date(),
) {
  const registrations = registrationUseCases(data, now);
  return {
    ...eventUseCases(data, now, registrations.fill),
    registrations,
    materials: materialUseCases(data, files, now),
    calendar: calendarUseCases(data, now),
  };
}
