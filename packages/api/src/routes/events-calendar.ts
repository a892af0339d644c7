import {
  calendarFeedSchema,
  calendarTokenPathSchema,
  eventPathSchema,
} from "@alliance/core/events";
import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { calendarContent, eventTags } from "../http/event-responses.ts";
import { json } from "../http/json.ts";
import { bearerSecurity, problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { signedIn } from "../middleware/signed-in.ts";

function calendar(c: Context, body: string, fileName: string, cache: string) {
  c.header("Content-Type", "text/calendar; charset=utf-8");
  c.header("Content-Disposition", `attachment; filename="${fileName}"`);
  c.header("Cache-Control", cache);
  return c.body(body, 200);
}

/** `.ics` of an event, and each person's private calendar feed (`/me/calendar-feed`). */
export const eventCalendarRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/events/{eventId}/calendar",
      tags: eventTags,
      summary: "The event as an iCalendar (.ics) file",
      description: "The online link is in it only for whom the event page shows it.",
      request: { params: eventPathSchema },
      responses: {
        200: { description: "The .ics file", content: calendarContent },
        ...problems(400, 401, 404, 503),
      },
    }),
    async (c) => {
      const file = await c.var.core.events.calendar.eventFile(c.req.valid("param").eventId);
      return calendar(c, file.body, file.fileName, "private, no-cache");
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/me/calendar-feed",
      tags: eventTags,
      summary: "Whether I have a private calendar feed (its address is shown only when made)",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      responses: {
        200: { description: "My feed", content: json(calendarFeedSchema) },
        ...problems(401, 503),
      },
    }),
    async (c) => {
      c.header("Cache-Control", "private, no-cache");
      return c.json(await c.var.core.events.calendar.feed(), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/me/calendar-feed",
      tags: eventTags,
      summary: "Make a new private feed address of my events; the previous one stops working",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      responses: {
        201: { description: "The new feed, with its address", content: json(calendarFeedSchema) },
        ...problems(401, 409, 503),
      },
    }),
    async (c) => {
      const feed = await c.var.core.events.calendar.newFeed();
      c.header("Cache-Control", "no-store");
      return c.json({ ...feed, url: feed.url && new URL(feed.url, c.req.url).href }, 201);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/me/calendar-feed",
      tags: eventTags,
      summary: "Revoke my feed: its address answers 404 from now on",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      responses: {
        204: { description: "Revoked (also when there was none)" },
        ...problems(401, 503),
      },
    }),
    async (c) => {
      await c.var.core.events.calendar.revokeFeed();
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/calendar-feeds/{token}",
      tags: eventTags,
      summary: "A person's calendar feed (iCalendar), for calendar applications",
      description: "The address is the credential: no token header. A revoked address is 404.",
      request: { params: calendarTokenPathSchema },
      responses: {
        200: { description: "The feed", content: calendarContent },
        ...problems(400, 404, 503),
      },
    }),
    async (c) => {
      const body = await c.var.core.events.calendar.feedFile(c.req.valid("param").token);
      return calendar(c, body, "alliance-events.ics", "private, max-age=300");
    },
  );
