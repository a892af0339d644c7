import { pictureQuerySchema, pictureSchema } from "@alliance/core/signals";
import { createRoute } from "@hono/zod-openapi";
import { json } from "../http/json.ts";
import { problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { signalAccess } from "../http/signal-responses.ts";
import { signedIn } from "../middleware/signed-in.ts";

const cellsRule =
  "Approved observations of active member cities, per theme, country and month. A cell is shown when at least three cities other than your own observed it; otherwise it says only `shown: false` (not enough observations). There are no totals.";

/** `/signals/picture[/export]`: the aggregate, for signed-in members of the alliance. */
export const signalPictureRoutes = createRouter()
  .openapi(
    createRoute({
      ...signalAccess,
      method: "get",
      path: "/signals/picture",
      summary: "The early-warning picture: trends by theme, country and month (signed in)",
      description: `${cellsRule} \`from\`..\`to\` (months, at most 24) default to the last 12 months.`,
      middleware: [signedIn] as const,
      request: { query: pictureQuerySchema },
      responses: {
        200: { description: "The picture", content: json(pictureSchema) },
        ...problems(400, 401, 503),
      },
    }),
    async (c) => {
      c.header("Cache-Control", "private, no-store");
      return c.json(await c.var.core.signals.picture(c.req.valid("query")), 200);
    },
  )
  .openapi(
    createRoute({
      ...signalAccess,
      method: "get",
      path: "/signals/picture/export",
      summary: "The picture as a CSV file, with the same filters (signed in)",
      description: `${cellsRule} Cells that a spreadsheet would read as a formula are neutralised.`,
      middleware: [signedIn] as const,
      request: { query: pictureQuerySchema },
      responses: {
        200: {
          description: "The cells as CSV",
          content: { "text/csv": { schema: { type: "string" } } },
        },
        ...problems(400, 401, 503),
      },
    }),
    async (c) => {
      const csv = await c.var.core.signals.pictureCsv(c.req.valid("query"));
      c.header("Cache-Control", "private, no-store");
      c.header("Content-Type", "text/csv; charset=utf-8");
      c.header("Content-Disposition", 'attachment; filename="signals-picture.csv"');
      return c.body(csv, 200);
    },
  );
