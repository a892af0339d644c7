import { eventSchema } from "@alliance/core/events";
import { json } from "./json.ts";
import { problems } from "./problems.ts";

export const eventTags = ["Events"];

/** An event as the caller sees it, its version as ETag. */
export const eventResponse = (description: string) => ({
  description,
  headers: { ETag: { schema: { type: "string" as const } } },
  content: json(eventSchema),
});

/** What every If-Match step of an event answers besides 200. */
export const eventStepProblems = problems(400, 401, 403, 404, 409, 412, 428, 503);

/** An iCalendar body. */
export const calendarContent = { "text/calendar": { schema: { type: "string" as const } } };
