import {
  cityPageSchema,
  cityPatchSchema,
  cityPathSchema,
  citySchema,
  pageQuerySchema,
} from "@alliance/core/cities";
import { createRoute } from "@hono/zod-openapi";
import { etag, ifMatchHeaders, writeIfMatch } from "../http/if-match.ts";
import { bearerSecurity, problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { signedIn } from "../middleware/signed-in.ts";

const cityResponse = (description: string) => ({
  description,
  headers: { ETag: { schema: { type: "string" as const } } },
  content: { "application/json": { schema: citySchema } },
});

/** `/cities`: member cities and their profiles. */
export const cityRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/cities",
      tags: ["Cities"],
      summary: "Member cities, by name",
      request: { query: pageQuerySchema },
      responses: {
        200: {
          description: "A page of cities; pass `cursor` back for the next page",
          content: { "application/json": { schema: cityPageSchema } },
        },
        ...problems(400, 503),
      },
    }),
    async (c) => {
      const page = await c.var.core.cities.list(c.req.valid("query"));
      c.header("Cache-Control", "public, max-age=60");
      return c.json(page, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/cities/{cityId}",
      tags: ["Cities"],
      summary: "A member city's profile",
      request: { params: cityPathSchema },
      responses: {
        200: cityResponse("The city; its ETag is the version to send back in If-Match"),
        ...problems(400, 404, 503),
      },
    }),
    async (c) => {
      const city = await c.var.core.cities.get(c.req.valid("param").cityId);
      c.header("ETag", etag(city.version));
      // Editable by its contributors: revalidate, so an editor never starts from a stale copy.
      c.header("Cache-Control", "public, no-cache");
      return c.json(city, 200);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/cities/{cityId}",
      tags: ["Cities"],
      summary: "Edit a city's profile (its contributors, administrators)",
      description:
        "Description, contact point and what matching reads (population band, priorities, challenges, languages). Send If-Match with the ETag you received; a stale version answers 412 and changes nothing. `null` clears a contact or matching field.",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: {
        params: cityPathSchema,
        headers: ifMatchHeaders,
        body: { required: true, content: { "application/json": { schema: cityPatchSchema } } },
      },
      responses: {
        200: cityResponse("The edited city"),
        ...problems(400, 401, 403, 404, 412, 428, 503),
      },
    }),
    (c) =>
      writeIfMatch(c, (version) => {
        const { cityId } = c.req.valid("param");
        return c.var.core.cities.update(cityId, c.req.valid("json"), version);
      }),
  );
