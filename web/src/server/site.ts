import { Hono } from "hono";

/** What the server entry (entry-server.tsx) gives the site: the render and robots.txt. */
export interface ServerEntry {
  render: (
    request: Request,
    options: { template: string; siteUrl: string; apiOrigin: string },
  ) => Promise<Response>;
  robotsTxt: (siteUrl: string) => string;
}

export interface SiteOptions {
  /** The server entry; in dev loaded again by Vite for each request, so edits apply. */
  entry: () => Promise<ServerEntry>;
  /** index.html for this address (dev: transformed by Vite; production: built). */
  template: (url: string) => Promise<string>;
  /** The public site's address (PUBLIC_SITE_URL). */
  siteUrl: string;
  /** Where the API answers (the server reads it over HTTP). */
  apiOrigin: string;
  /** How the site reaches the API; tests give a stub upstream. */
  fetch?: typeof fetch;
}

/** Headers of the API's sitemap answer that the site passes on. */
const PASSED_ON = ["content-type", "cache-control", "etag", "last-modified"];

/**
 * The site's own HTTP server, the same in `pnpm dev` (under Vite, web/server/dev.ts) and
 * in the cloud (the render function, web/server/lambda.ts): robots.txt, /sitemap.xml
 * (the API's, under the site's address where crawlers look for it) and every page.
 * `/api` and the built assets never reach it: Vite or CloudFront answer them.
 */
export function createSite(options: SiteOptions): Hono {
  const upstream = options.fetch ?? ((input, init) => fetch(input, init));
  const app = new Hono();
  app.get("/robots.txt", async (c) => {
    const { robotsTxt } = await options.entry();
    return c.text(robotsTxt(options.siteUrl), 200, { "cache-control": "public, max-age=3600" });
  });
  app.get("/sitemap.xml", async () => {
    const answer = await upstream(new URL("/api/sitemap.xml", options.apiOrigin));
    const headers = new Headers();
    for (const name of PASSED_ON) {
      const value = answer.headers.get(name);
      if (value) headers.set(name, value);
    }
    return new Response(answer.body, { status: answer.status, headers });
  });
  app.on(["GET", "HEAD"], "*", async (c) => {
    const [{ render }, template] = await Promise.all([
      options.entry(),
      options.template(c.req.url),
    ]);
    return render(c.req.raw, { template, siteUrl: options.siteUrl, apiOrigin: options.apiOrigin });
  });
  return app;
}
