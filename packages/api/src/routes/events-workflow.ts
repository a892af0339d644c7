import { eventCancellationSchema, eventPatchSchema, eventPathSchema } from "@alliance/core/events";
import { createRoute } from "@hono/zod-openapi";
import { eventResponse, eventStepProblems, eventTags } from "../http/event-responses.ts";
import { ifMatchHeaders, writeIfMatch } from "../http/if-match.ts";
import { jsonBody } from "../http/json.ts";
import { bearerSecurity } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { signedIn } from "../middleware/signed-in.ts";

const ORGANISERS =
  "Its organisers: administrators, its creator and, for a city's event, that city's contributors. Conditional on the version you saw (If-Match); not after the start.";

/** `/events/{eventId}` (PATCH) and `/publish`, `/cancel`: the organisers' steps. */
export const eventWorkflowRoutes = createRouter()
  .openapi(
    createRoute({
      method: "patch",
      path: "/events/{eventId}",
      tags: eventTags,
      summary: "Edit an event (its organisers)",
      description: `${ORGANISERS} A capacity below the number registered is 400 naming \`capacity\`; a larger one lets the waiting list in, in order.`,
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: {
        params: eventPathSchema,
        headers: ifMatchHeaders,
        body: jsonBody(eventPatchSchema),
      },
      responses: { 200: eventResponse("The event, edited"), ...eventStepProblems },
    }),
    (c) =>
      writeIfMatch(c, (version) =>
        c.var.core.events.edit(c.req.valid("param").eventId, c.req.valid("json"), version),
      ),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/events/{eventId}/publish",
      tags: eventTags,
      summary: "Publish a draft event: it joins the catalogue and opens registration",
      description: ORGANISERS,
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: { params: eventPathSchema, headers: ifMatchHeaders },
      responses: { 200: eventResponse("The event, published"), ...eventStepProblems },
    }),
    (c) =>
      writeIfMatch(c, (version) =>
        c.var.core.events.publish(c.req.valid("param").eventId, version),
      ),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/events/{eventId}/cancel",
      tags: eventTags,
      summary: "Cancel an event, with a reason for the people registered",
      description: ORGANISERS,
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: {
        params: eventPathSchema,
        headers: ifMatchHeaders,
        body: jsonBody(eventCancellationSchema),
      },
      responses: { 200: eventResponse("The event, cancelled"), ...eventStepProblems },
    }),
    (c) =>
      writeIfMatch(c, (version) =>
        c.var.core.events.cancel(c.req.valid("param").eventId, c.req.valid("json"), version),
      ),
  );
