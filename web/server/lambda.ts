import { handle } from "hono/aws-lambda";
// The client build's index.html (hashed script and style names): `vite build` runs first.
import template from "../dist/index.html?raw";
import * as entry from "../src/entry-server.tsx";
import { createSite } from "../src/server/site.ts";

/**
 * The render function in the cloud: behind CloudFront (a function URL reached only
 * through origin access control), it answers every page and robots.txt, and forwards
 * /sitemap.xml to the API. The hashed assets and `/api/*` go elsewhere (stacks/web-stack.ts).
 */
function setting(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`The render function needs ${name}.`);
  return value;
}

const site = createSite({
  entry: async () => entry,
  template: async () => template,
  siteUrl: setting("PUBLIC_SITE_URL"),
  apiOrigin: setting("API_ORIGIN"),
});

export const handler = handle(site);
