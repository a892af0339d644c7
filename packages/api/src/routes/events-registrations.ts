import {
  attendancePathSchema,
  attendanceSchema,
  eventPathSchema,
  registrationListSchema,
  registrationSchema,
} from "@alliance/core/events";
import { createRoute } from "@hono/zod-openapi";
import { eventTags } from "../http/event-responses.ts";
import { json, jsonBody } from "../http/json.ts";
import { bearerSecurity, problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { signedIn } from "../middleware/signed-in.ts";

const registration = (description: string) => ({ description, content: json(registrationSchema) });

/** `/events/{eventId}/registration[s]`: registering, the waiting list, attendance. */
export const eventRegistrationRoutes = createRouter()
  .openapi(
    createRoute({
      method: "put",
      path: "/events/{eventId}/registration",
      tags: eventTags,
      summary: "Register for a published event, or join its waiting list when it is full",
      description:
        "Idempotent: registering again changes nothing. Nobody jumps the queue: while anyone waits, a new registration waits too. After the registration deadline, 409.",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: { params: eventPathSchema },
      responses: {
        200: registration("Registered, or waiting with a position"),
        ...problems(400, 401, 404, 409, 503),
      },
    }),
    async (c) =>
      c.json(await c.var.core.events.registrations.register(c.req.valid("param").eventId), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/events/{eventId}/registration",
      tags: eventTags,
      summary: "Cancel my registration; my place goes to the first person waiting",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: { params: eventPathSchema },
      responses: {
        200: registration("Cancelled"),
        ...problems(400, 401, 404, 409, 503),
      },
    }),
    async (c) =>
      c.json(await c.var.core.events.registrations.cancel(c.req.valid("param").eventId), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/events/{eventId}/registrations",
      tags: eventTags,
      summary: "Who registered, then the waiting list in order (the event's organisers)",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: { params: eventPathSchema },
      responses: {
        200: { description: "The registrations", content: json(registrationListSchema) },
        ...problems(400, 401, 403, 404, 503),
      },
    }),
    async (c) => {
      c.header("Cache-Control", "private, no-cache");
      return c.json(await c.var.core.events.registrations.list(c.req.valid("param").eventId), 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/events/{eventId}/registrations/{userId}/attendance",
      tags: eventTags,
      summary: "Mark whether a registered person attended (the event's organisers)",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: { params: attendancePathSchema, body: jsonBody(attendanceSchema) },
      responses: {
        200: registration("The registration"),
        ...problems(400, 401, 403, 404, 409, 412, 503),
      },
    }),
    async (c) => {
      const { eventId, userId } = c.req.valid("param");
      const { attended } = c.req.valid("json");
      return c.json(
        await c.var.core.events.registrations.markAttendance(eventId, userId, attended),
        200,
      );
    },
  );
