import {
  observationFormSchema,
  observationListQuerySchema,
  observationPatchSchema,
  observationPathSchema,
} from "@alliance/core/signals";
import { createRoute } from "@hono/zod-openapi";
import { etag, ifMatchHeaders, writeIfMatch } from "../http/if-match.ts";
import { jsonBody } from "../http/json.ts";
import { problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import {
  observationPageResponse,
  observationResponse,
  signalAccess,
} from "../http/signal-responses.ts";
import { signedIn } from "../middleware/signed-in.ts";

/** `/signals/observations[/{observationId}]` and `/me/signals/observations`: a city's own observations. */
export const signalObservationRoutes = createRouter()
  .openapi(
    createRoute({
      ...signalAccess,
      method: "post",
      path: "/signals/observations",
      summary: "Record an observation of a trend (members of an active member city)",
      description:
        "A theme, a district at most, a month, a direction, an intensity and a short note. No data about individuals: an e-mail address, phone number, street address with a number, date of birth, identity number, IBAN or social profile in the area or the note is refused with 400 naming the field and the reason. It counts once an administrator approves it; it is deleted 24 months after it is recorded.",
      middleware: [signedIn] as const,
      request: { body: jsonBody(observationFormSchema) },
      responses: {
        201: observationResponse("The observation, submitted for review"),
        ...problems(400, 401, 403, 503),
      },
    }),
    async (c) => {
      const observation = await c.var.core.signals.record(c.req.valid("json"));
      c.header("ETag", etag(observation.version));
      return c.json(observation, 201);
    },
  )
  .openapi(
    createRoute({
      ...signalAccess,
      method: "get",
      path: "/signals/observations/{observationId}",
      summary: "An observation (members of its city, administrators)",
      description: "Anyone else is told it does not exist (404).",
      middleware: [signedIn] as const,
      request: { params: observationPathSchema },
      responses: { 200: observationResponse("The observation"), ...problems(400, 401, 404, 503) },
    }),
    async (c) => {
      const observation = await c.var.core.signals.get(c.req.valid("param").observationId);
      c.header("Cache-Control", "private, no-store");
      c.header("ETag", etag(observation.version));
      return c.json(observation, 200);
    },
  )
  .openapi(
    createRoute({
      ...signalAccess,
      method: "patch",
      path: "/signals/observations/{observationId}",
      summary:
        "Edit an observation that is not approved (members of its city); it goes back to review",
      middleware: [signedIn] as const,
      request: {
        params: observationPathSchema,
        headers: ifMatchHeaders,
        body: jsonBody(observationPatchSchema),
      },
      responses: {
        200: observationResponse("The observation, submitted again"),
        ...problems(400, 401, 403, 404, 409, 412, 428, 503),
      },
    }),
    (c) =>
      writeIfMatch(c, (version) =>
        c.var.core.signals.update(c.req.valid("param").observationId, c.req.valid("json"), version),
      ),
  )
  .openapi(
    createRoute({
      ...signalAccess,
      method: "get",
      path: "/me/signals/observations",
      summary: "My city's observations in full, latest month first",
      description: "Empty for a person whose profile names no city.",
      middleware: [signedIn] as const,
      request: { query: observationListQuerySchema },
      responses: { 200: observationPageResponse, ...problems(400, 401, 503) },
    }),
    async (c) => {
      c.header("Cache-Control", "private, no-store");
      return c.json(await c.var.core.signals.mine(c.req.valid("query")), 200);
    },
  );
