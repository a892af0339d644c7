import { translationFieldsSchema, translationPathSchema } from "@alliance/core/exchange";
import { createRoute } from "@hono/zod-openapi";
import { itemChangeResponses } from "../http/exchange-responses.ts";
import { ifMatchHeaders, writeIfMatch } from "../http/if-match.ts";
import { jsonBody } from "../http/json.ts";
import { bearerSecurity } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { signedIn } from "../middleware/signed-in.ts";

const MODERATED =
  "Its city's contributors and administrators. On a draft the change is made in place; on a published item a city's change goes to the pending revision, live once an administrator approves it, and an administrator's goes live at once. The item's version in If-Match.";

/** `/exchange/items/{itemId}/translations/{language}`: translations of an item's text (decision 0081). */
export const exchangeItemTranslationRoutes = createRouter()
  .openapi(
    createRoute({
      method: "put",
      path: "/exchange/items/{itemId}/translations/{language}",
      tags: ["Exchange"],
      summary: "Add or change the translation of an item's title, summary and description",
      description: `Into one of the interface languages, other than the item's own (the first of its languages). ${MODERATED}`,
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: {
        params: translationPathSchema,
        headers: ifMatchHeaders,
        body: jsonBody(translationFieldsSchema),
      },
      responses: itemChangeResponses,
    }),
    (c) =>
      writeIfMatch(c, (version) => {
        const { itemId, language } = c.req.valid("param");
        return c.var.core.exchange.translations.put(itemId, language, c.req.valid("json"), version);
      }),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/exchange/items/{itemId}/translations/{language}",
      tags: ["Exchange"],
      summary: "Remove the translation of an item into one language",
      description: MODERATED,
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: { params: translationPathSchema, headers: ifMatchHeaders },
      responses: itemChangeResponses,
    }),
    (c) =>
      writeIfMatch(c, (version) => {
        const { itemId, language } = c.req.valid("param");
        return c.var.core.exchange.translations.remove(itemId, language, version);
      }),
  );
