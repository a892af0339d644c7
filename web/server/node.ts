import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import { compress } from "hono/compress";
import * as entry from "../src/entry-server.tsx";
import { createSite } from "../src/server/site.ts";

/**
 * The production site on one Node process, as CloudFront and the render function serve
 * it in the cloud: the client build's files (`WEB_DIST`) as they are, `/api` passed to
 * the API (`API_ORIGIN`), every other address rendered (src/server/site.ts), all
 * compressed. Built by `vite build -c vite.server.config.ts --ssr server/node.ts`; the
 * Lighthouse bench measures the site through it (tests/bench/support/production-site.ts).
 */
function setting(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`The site needs ${name}.`);
  return value;
}

const dist = setting("WEB_DIST");
const apiOrigin = setting("API_ORIGIN");
const port = Number(setting("PORT"));
const template = await readFile(join(dist, "index.html"), "utf8");
const site = createSite({
  entry: async () => entry,
  template: async () => template,
  siteUrl: process.env.PUBLIC_SITE_URL ?? `http://localhost:${port}`,
  apiOrigin,
  // Locally (the e2e site), the extracted SCORM packages of the local S3 store.
  ...(process.env.SCORM_ORIGIN ? { scormOrigin: process.env.SCORM_ORIGIN } : {}),
});

const app = new Hono();
app.use(compress());
app.all("/api/*", async (c) => {
  const url = new URL(c.req.url);
  const headers = new Headers(c.req.raw.headers);
  headers.delete("host");
  const init: RequestInit & { duplex?: "half" } = {
    method: c.req.method,
    headers,
    body: c.req.raw.body,
    duplex: "half",
  };
  const answer = await fetch(new URL(url.pathname + url.search, apiOrigin), init);
  // fetch has decoded the body already; compress() encodes it again for the browser.
  const passed = new Headers(answer.headers);
  passed.delete("content-encoding");
  passed.delete("content-length");
  return new Response(answer.body, { status: answer.status, headers: passed });
});
// The build's files as they are (hashed assets, icons, the manifest); index.html and
// addresses ending in "/" are pages, rendered below with index.html as the template.
const files = serveStatic({ root: dist });
app.use("*", (c, next) =>
  c.req.path.endsWith("/") || c.req.path === "/index.html" ? next() : files(c, next),
);
app.route("/", site);

serve({ fetch: app.fetch, port }, () => {
  process.stdout.write(`Site at http://localhost:${port}\n`);
});
