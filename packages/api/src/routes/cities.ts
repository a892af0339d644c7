import { cityPageSchema, cityPathSchema, citySchema, pageQuerySchema } from "@alliance/core";
import { createRoute } from "@hono/zod-openapi";
import { problems } from "./problems.ts";
import { createRouter } from "./router.ts";

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
        200: { description: "The city", content: { "application/json": { schema: citySchema } } },
        ...problems(400, 404, 503),
      },
    }),
    async (c) => {
      const city = await c.var.core.cities.get(c.req.valid("param").cityId);
      c.header("Cache-Control", "public, max-age=60");
      return c.json(city, 200);
    },
  );
