import { citingCoursesSchema } from "@alliance/core/academy";
import { itemPathSchema } from "@alliance/core/exchange";
import { createRoute } from "@hono/zod-openapi";
import { json } from "../http/json.ts";
import { problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";

/** `/exchange/items/{itemId}/courses`: the academy's courses that cite an exchange item. */
export const academyItemCourseRoutes = createRouter().openapi(
  createRoute({
    method: "get",
    path: "/exchange/items/{itemId}/courses",
    tags: ["Academy"],
    summary: "Published courses whose lessons cite this exchange item",
    request: { params: itemPathSchema },
    responses: {
      200: { description: "By title; empty if none", content: json(citingCoursesSchema) },
      ...problems(400, 401, 503),
    },
  }),
  async (c) => {
    const items = await c.var.core.academy.catalogue.citing(c.req.valid("param").itemId);
    return c.json({ items }, 200);
  },
);
