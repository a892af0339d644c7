export { type JobSummary, notifyDue } from "./due.ts";
export { remindEvents } from "./event-reminders.ts";
export { CATCH_UP_DAYS, INACTIVE_DAYS, remindInactiveLearners } from "./inactive-learners.ts";
export { remindStaleItems } from "./stale-items.ts";
