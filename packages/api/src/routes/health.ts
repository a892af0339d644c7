import { createRoute, z } from "@hono/zod-openapi";
import { createRouter } from "../http/router.ts";

const healthSchema = z
  .object({ status: z.literal("ok"), time: z.iso.datetime() })
  .openapi("Health");

export const healthRoutes = createRouter().openapi(
  createRoute({
    method: "get",
    path: "/health",
    tags: ["Platform"],
    summary: "Liveness check",
    responses: {
      200: {
        description: "The API is up",
        content: { "application/json": { schema: healthSchema } },
      },
    },
  }),
  (c) => c.json({ status: "ok" as const, time: new Date().toISOString() }, 200),
);
