import { cityDirectorySchema } from "@alliance/core/cities";
import { createRoute } from "@hono/zod-openapi";
import { json } from "../http/json.ts";
import { problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";

/**
 * `/cities/directory`: every city for the member directory and its map. Mounted
 * before `/cities/{cityId}`, which Hono would otherwise match first.
 */
export const cityDirectoryRoutes = createRouter().openapi(
  createRoute({
    method: "get",
    path: "/cities/directory",
    tags: ["Cities"],
    summary: "The member directory: every city with its country, region and membership status",
    description:
      "All cities in one answer, by name (decision 0034): active and suspended members, and former members, which the directory lists apart.",
    responses: {
      200: { description: "Every city", content: json(cityDirectorySchema) },
      ...problems(503),
    },
  }),
  async (c) => {
    const directory = await c.var.core.cities.directory();
    c.header("Cache-Control", "public, max-age=60");
    return c.json(directory, 200);
  },
);
