import { createRoute } from "@hono/zod-openapi";
import { problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";

/**
 * `/sitemap.xml`: the public site's addresses for search engines (the site's own
 * `/sitemap.xml` forwards here). Cached for five minutes: a new item waits that long.
 */
export const sitemapRoutes = createRouter().openapi(
  createRoute({
    method: "get",
    path: "/sitemap.xml",
    tags: ["Platform"],
    summary: "The public site's sitemap",
    description:
      "Every public page of the site: the static pages, member cities, listed courses and published public exchange items, as absolute addresses with the date each last changed (sitemaps.org protocol, at most 50,000 addresses).",
    responses: {
      200: {
        description: "A sitemap (urlset)",
        content: { "application/xml": { schema: { type: "string" } } },
      },
      ...problems(503),
    },
  }),
  async (c) => {
    const xml = await c.var.core.sitemap.xml();
    c.header("Content-Type", "application/xml; charset=utf-8");
    c.header("Cache-Control", "public, max-age=300");
    return c.body(xml, 200);
  },
);
