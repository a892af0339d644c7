import { readFile } from "node:fs/promises";
import { createServer as createHttpServer } from "node:http";
import { join } from "node:path";
import { getRequestListener } from "@hono/node-server";
import { createServer as createViteServer } from "vite";
import type { ServerEntry } from "../src/server/site.ts";
import { createSite } from "../src/server/site.ts";

/**
 * The web app in `pnpm dev` and the e2e tests: Vite in middleware mode serves the
 * sources, hot reload and `/api` (proxied to the local API, vite.config.ts); every
 * other request is the site (src/server/site.ts), whose pages the server entry renders
 * through Vite, loaded again on each request so that edits apply.
 */
const webDir = join(import.meta.dirname, "..");
const port = Number(process.env.WEB_PORT ?? 5173);
const apiOrigin = `http://localhost:${process.env.API_PORT ?? 3000}`;
const siteUrl = process.env.PUBLIC_SITE_URL ?? `http://localhost:${port}`;

const httpServer = createHttpServer();
const vite = await createViteServer({
  root: webDir,
  appType: "custom",
  // One Preact for the render (decision 0107): react-i18next goes through Vite's module
  // runner, so that its `use-sync-external-store/shim` becomes the app's own module
  // (vite.config.ts) importing `react` as an ES module. Left to Node, the shim (CommonJS)
  // requires `react`, which tsx's require hook loads as a second Preact, and hooks fail
  // with "Cannot read properties of undefined (reading '__H')".
  ssr: { noExternal: ["react-i18next"] },
  server: {
    middlewareMode: true,
    ws: { server: httpServer },
    // Transformed ahead of the first request: the render's pages, the browser's entry.
    warmup: {
      ssrFiles: ["./src/entry-server.tsx", "./src/**/*-page.tsx"],
      clientFiles: ["./src/boot.ts", "./src/main.tsx"],
    },
  },
});

const site = createSite({
  entry: () => vite.ssrLoadModule("/src/entry-server.tsx") as Promise<ServerEntry>,
  template: async (url) =>
    vite.transformIndexHtml(url, await readFile(join(webDir, "index.html"), "utf8")),
  siteUrl,
  apiOrigin,
  ...(process.env.SCORM_ORIGIN ? { scormOrigin: process.env.SCORM_ORIGIN } : {}),
});
site.onError((error, c) => {
  if (error instanceof Error) vite.ssrFixStacktrace(error);
  console.error(error);
  return c.text("The page could not be rendered; see the web log.", 500);
});
const listener = getRequestListener(site.fetch);

httpServer.on("request", (request, response) => {
  vite.middlewares(request, response, () => void listener(request, response));
});
httpServer.on("error", (error) => {
  console.error(error.message);
  process.exit(1);
});
httpServer.listen(port, () => {
  process.stdout.write(`Web app (server-rendered) at http://localhost:${port}\n`);
});
