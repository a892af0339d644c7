import { SCORM_CONTENT } from "@alliance/core/web";
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
  /**
   * Locally only (`pnpm dev`, the e2e site): where the extracted SCORM packages are, the
   * attachments bucket's address in the local S3 store. In the cloud CloudFront serves
   * `/scorm/*` from the bucket with the same headers (decision 0086).
   */
  scormOrigin?: string;
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
  const { scormOrigin } = options;
  if (scormOrigin) {
    app.on(["GET", "HEAD"], SCORM_CONTENT.pathPattern, async (c) => {
      const answer = await upstream(`${scormOrigin}${new URL(c.req.url).pathname}`, {
        method: c.req.method,
      });
      const headers = new Headers();
      for (const name of ["content-type", "cache-control", "etag", "last-modified"]) {
        const value = answer.headers.get(name);
        if (value) headers.set(name, value);
      }
      headers.set("content-security-policy", SCORM_CONTENT.contentSecurityPolicy);
      headers.set("x-frame-options", SCORM_CONTENT.frameOptions);
      headers.set("x-content-type-options", "nosniff");
      // The store answers a missing key 403 or 404 with its own XML: say only "not found".
      if (!answer.ok) return c.text("Not found", 404, Object.fromEntries(headers));
      return new Response(answer.body, { status: 200, headers });
    });
  }
  app.on(["GET", "HEAD"], "*", async (c) => {
    const [{ render }, template] = await Promise.all([
      options.entry(),
      options.template(c.req.url),
    ]);
    return render(c.req.raw, { template, siteUrl: options.siteUrl, apiOrigin: options.apiOrigin });
  });
  return app;
}
