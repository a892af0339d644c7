import {
  cityAssignmentSchema,
  peoplePageSchema,
  peopleQuerySchema,
  personSchema,
  roleAssignmentSchema,
  suspensionSchema,
  userPathSchema,
  userRolesSchema,
} from "@alliance/core/people";
import { createRoute } from "@hono/zod-openapi";
import { etag, ifMatchHeaders, writeIfMatch } from "../http/if-match.ts";
import { bearerSecurity, problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { adminOnly } from "../middleware/signed-in.ts";

const admin = {
  tags: ["Administration"],
  security: bearerSecurity,
  middleware: [adminOnly],
};

const personResponse = (description: string) => ({
  description,
  headers: { ETag: { schema: { type: "string" as const } } },
  content: { "application/json": { schema: personSchema } },
});

/**
 * `/admin/users`: administrators find people and set their roles and the city a
 * contributor publishes for (the people domain; the paths keep their name).
 */
export const peopleUserRoutes = createRouter()
  .openapi(
    createRoute({
      ...admin,
      method: "get",
      path: "/admin/users",
      summary: "Find people by name or username",
      description:
        "Everyone by name, or those whose name or username contains `q` (any case, accents optional). Pass `cursor` back for the next page.",
      request: { query: peopleQuerySchema },
      responses: {
        200: {
          description: "A page of people",
          content: { "application/json": { schema: peoplePageSchema } },
        },
        ...problems(400, 401, 403, 503),
      },
    }),
    async (c) => {
      c.header("Cache-Control", "private, no-store");
      return c.json(await c.var.core.people.search(c.req.valid("query")), 200);
    },
  )
  .openapi(
    createRoute({
      ...admin,
      method: "get",
      path: "/admin/users/{userId}",
      summary: "A person: their profile and the roles they hold now",
      request: { params: userPathSchema },
      responses: {
        200: personResponse("The person; the ETag is their profile's version, for If-Match"),
        ...problems(400, 401, 403, 404, 503),
      },
    }),
    async (c) => {
      const person = await c.var.core.people.get(c.req.valid("param").userId);
      c.header("ETag", etag(person.version));
      c.header("Cache-Control", "private, no-store");
      return c.json(person, 200);
    },
  )
  .openapi(
    createRoute({
      ...admin,
      method: "put",
      path: "/admin/users/{userId}/city",
      summary: "Set the city a person belongs to (for a contributor, the one they publish for)",
      description:
        "Send If-Match with the person's ETag; a stale version answers 412 and changes nothing. `null` takes the city away, except from a contributor (409).",
      request: {
        params: userPathSchema,
        headers: ifMatchHeaders,
        body: { required: true, content: { "application/json": { schema: cityAssignmentSchema } } },
      },
      responses: {
        200: personResponse("The person with their new city"),
        ...problems(400, 401, 403, 404, 409, 412, 428, 503),
      },
    }),
    (c) =>
      writeIfMatch(c, (version) => {
        const { cityId } = c.req.valid("json");
        return c.var.core.people.setCity(c.req.valid("param").userId, cityId, version);
      }),
  )
  .openapi(
    createRoute({
      ...admin,
      method: "put",
      path: "/admin/users/{userId}/suspension",
      summary: "Suspend a person: every call of theirs is refused and they cannot sign in",
      description:
        "Send If-Match with the person's ETag; a stale version answers 412 and changes nothing. The reason is kept in the audit log. An administrator cannot suspend themselves (409).",
      request: {
        params: userPathSchema,
        headers: ifMatchHeaders,
        body: { required: true, content: { "application/json": { schema: suspensionSchema } } },
      },
      responses: {
        200: personResponse("The person, suspended"),
        ...problems(400, 401, 403, 404, 409, 412, 428, 503),
      },
    }),
    (c) =>
      writeIfMatch(c, (version) =>
        c.var.core.people.suspend(c.req.valid("param").userId, c.req.valid("json"), version),
      ),
  )
  .openapi(
    createRoute({
      ...admin,
      method: "delete",
      path: "/admin/users/{userId}/suspension",
      summary: "Reinstate a suspended person",
      description:
        "Send If-Match with the person's ETag; a stale version answers 412 and changes nothing.",
      request: { params: userPathSchema, headers: ifMatchHeaders },
      responses: {
        200: personResponse("The person, reinstated"),
        ...problems(400, 401, 403, 404, 412, 428, 503),
      },
    }),
    (c) =>
      writeIfMatch(c, (version) =>
        c.var.core.people.reinstate(c.req.valid("param").userId, version),
      ),
  )
  .openapi(
    createRoute({
      ...admin,
      method: "put",
      path: "/admin/users/{userId}/roles",
      summary: "Set a person's roles and the city a contributor publishes for",
      description:
        "Replaces the person's roles with exactly those given. Making someone a contributor names their city in `cityId`. The change reaches their token at their next sign-in or token refresh.",
      request: {
        params: userPathSchema,
        body: { required: true, content: { "application/json": { schema: roleAssignmentSchema } } },
      },
      responses: {
        200: {
          description: "The roles now held",
          content: { "application/json": { schema: userRolesSchema } },
        },
        ...problems(400, 401, 403, 404, 409, 503),
      },
    }),
    async (c) => {
      const { userId } = c.req.valid("param");
      return c.json(await c.var.core.people.assignRoles(userId, c.req.valid("json")), 200);
    },
  );
