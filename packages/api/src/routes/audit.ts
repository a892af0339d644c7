import { auditPageSchema, auditQuerySchema } from "@alliance/core/audit";
import { platformFiguresSchema } from "@alliance/core/figures";
import { createRoute } from "@hono/zod-openapi";
import { bearerSecurity, problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { adminOnly } from "../middleware/signed-in.ts";

const admin = {
  tags: ["Administration"],
  security: bearerSecurity,
  middleware: [adminOnly],
};

/**
 * The administrators' console: the audit log of changes to people (filtered, paged, or
 * exported as CSV) and the platform's figures (decision 0048).
 */
export const auditRoutes = createRouter()
  .openapi(
    createRoute({
      ...admin,
      method: "get",
      path: "/admin/audit",
      summary: "The audit log: administrators' changes to people, newest first",
      description:
        "Filter by `actor` (the administrator's user id), `object` (the person's user id), `action`, and `from`/`to` (days, UTC, inclusive). Pass `cursor` back for the next page.",
      request: { query: auditQuerySchema },
      responses: {
        200: {
          description: "A page of audit records",
          content: { "application/json": { schema: auditPageSchema } },
        },
        ...problems(400, 401, 403, 503),
      },
    }),
    async (c) => {
      c.header("Cache-Control", "private, no-store");
      return c.json(await c.var.core.audit.list(c.req.valid("query")), 200);
    },
  )
  .openapi(
    createRoute({
      ...admin,
      method: "get",
      path: "/admin/audit/export",
      summary: "The audit log as a CSV file, with the same filters",
      description:
        "Every matching record from `cursor` on (at most 10 000), newest first. Cells that a spreadsheet would read as a formula are neutralised.",
      request: { query: auditQuerySchema },
      responses: {
        200: {
          description: "The records as CSV",
          content: { "text/csv": { schema: { type: "string" } } },
        },
        ...problems(400, 401, 403, 503),
      },
    }),
    async (c) => {
      const csv = await c.var.core.audit.csv(c.req.valid("query"));
      c.header("Cache-Control", "private, no-store");
      c.header("Content-Type", "text/csv; charset=utf-8");
      c.header("Content-Disposition", 'attachment; filename="audit-log.csv"');
      return c.body(csv, 200);
    },
  )
  .openapi(
    createRoute({
      ...admin,
      method: "get",
      path: "/admin/figures",
      summary:
        "The platform's figures: member cities, people, published items and courses, enrolments",
      description: "Each with its total and how many are new this month (UTC).",
      responses: {
        200: {
          description: "The figures",
          content: { "application/json": { schema: platformFiguresSchema } },
        },
        ...problems(401, 403, 503),
      },
    }),
    async (c) => {
      c.header("Cache-Control", "private, no-store");
      return c.json(await c.var.core.figures.figures(), 200);
    },
  );
