import { afterEach, describe, expect, it, vi } from "vitest";
import { render } from "./entry-server.tsx";

/**
 * The server's render against a stand-in API: the e2e tests render against the real
 * one (tests/e2e/first-paint.test.ts); here, what they cannot make happen: the API
 * failing while the server renders.
 */
const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta name="description" content="Default." />
    <title>Alliance</title>
  </head>
  <body>
    <div id="root"><p>Loading…</p></div>
    <noscript>This site needs JavaScript.</noscript>
    <script type="module" src="/src/main.tsx"></script>
  </body>
</html>`;
const options = {
  template: TEMPLATE,
  siteUrl: "https://alliance.example.eu",
  apiOrigin: "http://api.test",
};
const ITEM_ID = "xch_01JD5EEDXCH0000000000000A1";

function problem(status: number) {
  return new Response(
    JSON.stringify({
      type: "about:blank",
      title: "Failure",
      status,
      detail: "It failed.",
      code: status === 404 ? "not-found" : "unavailable",
      instance: "",
    }),
    { status, headers: { "content-type": "application/problem+json" } },
  );
}

/** The API as `answer` says, recording the addresses asked for. */
function stubApi(answer: (url: URL) => Response) {
  const asked: string[] = [];
  vi.stubGlobal("fetch", async (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    asked.push(url.href);
    return answer(url);
  });
  return asked;
}

/** The state the server hands the browser with a rendered page. */
function ssrState(html: string) {
  const json = html.match(/<script type="application\/json" id="alliance-ssr">([^<]*)</)?.[1];
  return JSON.parse(json ?? "{}");
}

const page = (path: string, headers: Record<string, string> = {}) =>
  render(new Request(`https://alliance.example.eu${path}`, { headers }), options);

afterEach(() => vi.unstubAllGlobals());

describe("the server's render", () => {
  // First in the file: the first page of a fresh process, whose Markdown is a lazy part.
  it("renders a legal page's Markdown as HTML on a fresh process, with the controller in it", async () => {
    const asked = stubApi(() => problem(500));
    const answer = await page("/privacy", { cookie: "lang=fr" });
    expect(answer.status).toBe(200);
    const html = await answer.text();
    expect(html).toContain("<title>Protection des données – ");
    expect(html).toContain('<link rel="canonical" href="https://alliance.example.eu/privacy" />');
    expect(html).toMatch(/<h2[^>]*>Vos droits<\/h2>/);
    expect(html).not.toContain('<template id="B:');
    expect(html).not.toContain("{{");
    expect(asked).toEqual([]);
  });

  it("shows the page's own failure when the API fails, and keeps no copy of it", async () => {
    const asked = stubApi(() => problem(503));
    const answer = await page(`/exchange/items/${ITEM_ID}`);
    // In the visitor's language: the item's translation into it, where there is one; with
    // what the page shows below it, asked at the same time (decision 0118).
    expect(asked).toEqual([
      `http://api.test/api/exchange/items/${ITEM_ID}?lang=en`,
      `http://api.test/api/exchange/items/${ITEM_ID}/courses`,
      `http://api.test/api/discussions/item:${ITEM_ID}`,
    ]);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    const html = await answer.text();
    expect(html).toContain("Try again");
    // The error travels to the browser, which shows the same page before it tries again.
    const state = ssrState(html);
    const failure = { status: "error", error: expect.objectContaining({ status: 503 }) };
    expect(state.queries.queries.map((query: { state: unknown }) => query.state)).toEqual([
      expect.objectContaining(failure),
      expect.objectContaining(failure),
      expect.objectContaining(failure),
    ]);
  });

  it("answers 404 for a missing item, in the visitor's language, cacheable", async () => {
    stubApi(() => problem(404));
    const answer = await page(`/exchange/items/${ITEM_ID}`, { cookie: "lang=fr" });
    expect(answer.status).toBe(404);
    expect(answer.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=60");
    const html = await answer.text();
    expect(html).toContain('<html lang="fr" dir="ltr"');
    expect(html).toContain('<meta property="og:locale" content="fr_FR" />');
    expect(html).not.toContain("Default.");
    expect(html).not.toContain("This site needs JavaScript.");
  });

  it("renders a public page as a visitor sees it, so that nothing appears once the app runs", async () => {
    // The exchange's list, whose search fails here: what matters is around the results.
    stubApi(() => problem(503));
    const html = await (await page("/exchange")).text();
    // The sign-in links and the visitor's note are in the HTML, not added after hydration
    // above the results (a layout shift Lighthouse counted on this page).
    expect(html).toMatch(/<a[^>]*href="\/sign-in"[^>]*>Sign in<\/a>/);
    expect(html).toContain("Members who sign in also see items shared with members only");
  });

  it("sends a signed-in page the app's shell without asking the API", async () => {
    const asked = stubApi(() => problem(500));
    const answer = await page("/profile");
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe(TEMPLATE);
    expect(asked).toEqual([]);
  });
});
