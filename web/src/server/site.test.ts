import { describe, expect, it, vi } from "vitest";
import { createSite, type ServerEntry } from "./site.ts";

const entry: ServerEntry = {
  render: async (request, options) =>
    new Response(`${new URL(request.url).pathname} ${options.template} ${options.apiOrigin}`),
  robotsTxt: (siteUrl) => `Sitemap: ${siteUrl}/sitemap.xml\n`,
};

function site(upstream: typeof fetch = vi.fn(), scormOrigin?: string) {
  return createSite({
    entry: async () => entry,
    template: async () => "<template>",
    siteUrl: "https://alliance.example.eu",
    apiOrigin: "https://api.example.eu",
    fetch: upstream,
    ...(scormOrigin ? { scormOrigin } : {}),
  });
}

describe("the site's server", () => {
  it("renders every page through the server entry, with the template and the API's origin", async () => {
    const answer = await site().request("/exchange/items/xch_1?x=1");
    expect(await answer.text()).toBe("/exchange/items/xch_1 <template> https://api.example.eu");
  });

  it("serves robots.txt from the entry, cached for an hour", async () => {
    const answer = await site().request("/robots.txt");
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(answer.headers.get("cache-control")).toBe("public, max-age=3600");
    expect(await answer.text()).toBe("Sitemap: https://alliance.example.eu/sitemap.xml\n");
  });

  it("answers /sitemap.xml with the API's sitemap: its status, body and caching headers", async () => {
    // A stub upstream: the API's sitemap route is another change; here only the forwarding counts.
    const upstream = vi.fn(async (input: string | URL | Request) => {
      expect(String(input)).toBe("https://api.example.eu/api/sitemap.xml");
      return new Response("<urlset/>", {
        status: 200,
        headers: {
          "content-type": "application/xml",
          "cache-control": "public, max-age=300",
          "set-cookie": "not=passed",
        },
      });
    });
    const answer = await site(upstream as typeof fetch).request("/sitemap.xml");
    expect(upstream).toHaveBeenCalledTimes(1);
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe("<urlset/>");
    expect(answer.headers.get("content-type")).toBe("application/xml");
    expect(answer.headers.get("cache-control")).toBe("public, max-age=300");
    expect(answer.headers.get("set-cookie")).toBeNull();
  });

  it("passes on the API's failure as it is", async () => {
    const upstream = async () => new Response("gone", { status: 503 });
    const answer = await site(upstream as typeof fetch).request("/sitemap.xml");
    expect(answer.status).toBe(503);
  });

  it("serves extracted SCORM packages from the local store with their own CSP, when given one (decision 0086)", async () => {
    const store = "http://localhost:4569/attachments";
    const upstream = vi.fn(async (input: string | URL | Request) =>
      String(input) === `${store}/scorm/crs_1/att_1/index.html`
        ? new Response("<h1>SCO</h1>", {
            headers: { "content-type": "text/html; charset=utf-8", "x-amz-meta-x": "kept out" },
          })
        : new Response("<Error/>", { status: 403 }),
    );
    const sco = await site(upstream as typeof fetch, store).request(
      "/scorm/crs_1/att_1/index.html",
    );
    expect(await sco.text()).toBe("<h1>SCO</h1>");
    expect(sco.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(sco.headers.get("content-security-policy")).toContain("frame-ancestors 'self'");
    expect(sco.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(sco.headers.get("x-amz-meta-x")).toBeNull();
    const missing = await site(upstream as typeof fetch, store).request("/scorm/crs_1/att_1/x.js");
    expect(missing.status).toBe(404);
    // Without a store (the cloud: CloudFront serves them), the path is a page like any other.
    const page = await site().request("/scorm/crs_1/att_1/index.html");
    expect(await page.text()).toContain("<template>");
  });
});
