import {
  eventFormSchema,
  eventListQuerySchema,
  eventPageSchema,
  eventPathSchema,
  myEventsQuerySchema,
} from "@alliance/core/events";
import { createRoute } from "@hono/zod-openapi";
import { eventResponse, eventTags } from "../http/event-responses.ts";
import { etag } from "../http/if-match.ts";
import { json, jsonBody } from "../http/json.ts";
import { bearerSecurity, problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { signedIn } from "../middleware/signed-in.ts";

const pageResponses = {
  200: { description: "A page of events", content: json(eventPageSchema) },
  ...problems(400, 401, 503),
};

/** `/events[/{eventId}]` and `/me/events`: organising, the catalogue and reading. */
export const eventRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/events",
      tags: eventTags,
      summary: "Create a draft event (trainers, administrators, a contributor for their city)",
      description:
        "Start, end and registration deadline are wall-clock times at the venue in `timeZone` (IANA). A start in the past, an end not after the start, a deadline after the start, or a time the clocks skip is 400 naming the field. Give a venue, an online link or both.",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: { body: jsonBody(eventFormSchema) },
      responses: { 201: eventResponse("The event, a draft"), ...problems(400, 401, 403, 503) },
    }),
    async (c) => {
      const event = await c.var.core.events.create(c.req.valid("json"));
      c.header("ETag", etag(event.version));
      return c.json(event, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/events",
      tags: eventTags,
      summary: "The catalogue of published events, upcoming (soonest first) or past (latest first)",
      request: { query: eventListQuerySchema },
      responses: pageResponses,
    }),
    async (c) => {
      c.header("Cache-Control", "private, no-cache");
      return c.json(await c.var.core.events.list(c.req.valid("query")), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/events/{eventId}",
      tags: eventTags,
      summary: "An event (a draft for its organisers only)",
      description:
        "The online link is given to registered people, organisers and administrators only.",
      request: { params: eventPathSchema },
      responses: { 200: eventResponse("The event"), ...problems(400, 401, 404, 503) },
    }),
    async (c) => {
      const event = await c.var.core.events.get(c.req.valid("param").eventId);
      c.header("Cache-Control", "private, no-cache");
      c.header("ETag", etag(event.version));
      return c.json(event, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/me/events",
      tags: eventTags,
      summary: "Events I registered for, or (as=organiser) those I or my city organise",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: { query: myEventsQuerySchema },
      responses: pageResponses,
    }),
    async (c) => {
      c.header("Cache-Control", "private, no-cache");
      return c.json(await c.var.core.events.mine(c.req.valid("query")), 200);
    },
  );
