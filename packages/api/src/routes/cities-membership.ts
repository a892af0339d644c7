import {
  cityLeaveSchema,
  cityPathSchema,
  citySchema,
  cityStatusChangeSchema,
  cityStatusLogSchema,
} from "@alliance/core/cities";
import { createRoute } from "@hono/zod-openapi";
import { ifMatchHeaders, writeIfMatch } from "../http/if-match.ts";
import { json, jsonBody } from "../http/json.ts";
import { bearerSecurity, problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { adminOnly, signedIn } from "../middleware/signed-in.ts";

const tags = ["Cities"];

const changed = {
  200: {
    description: "The city in its new status; its ETag is the new version",
    headers: { ETag: { schema: { type: "string" as const } } },
    content: json(citySchema),
  },
  ...problems(400, 401, 403, 404, 409, 412, 428, 503),
};

const statusChange = (action: "suspend" | "reinstate", summary: string, description: string) =>
  createRoute({
    method: "post",
    path: `/cities/{cityId}/${action}`,
    tags,
    summary,
    description: `${description} Send If-Match with the city's ETag: a stale version, or another administrator's change a moment earlier, answers 412 and changes nothing.`,
    security: bearerSecurity,
    middleware: [signedIn, adminOnly] as const,
    request: {
      params: cityPathSchema,
      headers: ifMatchHeaders,
      body: jsonBody(cityStatusChangeSchema),
    },
    responses: changed,
  });

/**
 * `/cities/{cityId}/suspend|reinstate|leave|membership-log`: a city's membership
 * status and its log (decision 0034). Each change takes If-Match with the city's version.
 */
export const cityMembershipRoutes = createRouter()
  .openapi(
    statusChange(
      "suspend",
      "Suspend a member city, with a reason (administrators)",
      "Its contributors can no longer publish items nor send them to review until it is reinstated.",
    ),
    (c) =>
      writeIfMatch(c, (version) =>
        c.var.core.cities.suspend(c.req.valid("param").cityId, c.req.valid("json"), version),
      ),
  )
  .openapi(
    statusChange(
      "reinstate",
      "Reinstate a suspended or former member city, with a reason (administrators)",
      "The city is an active member again; its items lose the former member's mark.",
    ),
    (c) =>
      writeIfMatch(c, (version) =>
        c.var.core.cities.reinstate(c.req.valid("param").cityId, c.req.valid("json"), version),
      ),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/cities/{cityId}/leave",
      tags,
      summary: "A city leaves the alliance (its contributors, or administrators on its request)",
      description:
        "The city becomes a former member: its published items stay, marked as from a former member, and it publishes nothing new. `confirm` must be true. Send If-Match with the city's ETag; a stale version answers 412.",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: { params: cityPathSchema, headers: ifMatchHeaders, body: jsonBody(cityLeaveSchema) },
      responses: changed,
    }),
    (c) =>
      writeIfMatch(c, (version) =>
        c.var.core.cities.leave(c.req.valid("param").cityId, c.req.valid("json"), version),
      ),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/cities/{cityId}/membership-log",
      tags,
      summary:
        "A city's membership status changes: who, when, why (its contributors, administrators)",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: { params: cityPathSchema },
      responses: {
        200: { description: "The changes, oldest first", content: json(cityStatusLogSchema) },
        ...problems(400, 401, 403, 404, 503),
      },
    }),
    async (c) => {
      const log = await c.var.core.cities.log(c.req.valid("param").cityId);
      c.header("Cache-Control", "private, no-cache");
      return c.json(log, 200);
    },
  );
