import {
  cityPathSchema,
  similarCitiesQuerySchema,
  similarCitiesSchema,
} from "@alliance/core/cities";
import { createRoute } from "@hono/zod-openapi";
import { json } from "../http/json.ts";
import { problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";

/** `/cities/{cityId}/similar`: "cities like mine", public like the profiles it reads. */
export const citySimilarRoutes = createRouter().openapi(
  createRoute({
    method: "get",
    path: "/cities/{cityId}/similar",
    tags: ["Cities"],
    summary: "The member cities most like this one, and why",
    description:
      "Ranked by shared priorities, the themes of their published items, size, place and shared languages; each with its reasons as data. Members-only items count only for a signed-in caller. `incomplete` names what the city's own profile lacks.",
    request: { params: cityPathSchema, query: similarCitiesQuerySchema },
    responses: {
      200: { description: "The best matches first", content: json(similarCitiesSchema) },
      ...problems(400, 404, 503),
    },
  }),
  async (c) => {
    const { cityId } = c.req.valid("param");
    const similar = await c.var.core.cities.similar(cityId, c.req.valid("query"));
    // What members-only items add depends on the caller: never a shared cache.
    c.header("Cache-Control", "private, no-cache");
    return c.json(similar, 200);
  },
);
