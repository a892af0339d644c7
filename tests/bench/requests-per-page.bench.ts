import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { DEMO_COURSES, DEMO_ITEMS } from "@alliance/dev";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, bench, describe } from "vitest";
import { launchChromium } from "../e2e/browser.ts";
import { countedApi } from "../support/counted-api.ts";
import { type ProductionSite, startProductionSite } from "../support/production-site.ts";

/**
 * What one view of each main public page costs the back end (docs/cost-model.md): the
 * production build served with the seeded demo data (tests/support/production-site.ts),
 * each page opened in a fresh Chromium context (a first view: nothing cached) until the
 * network is idle. A proxy between the site's server and the API counts every API
 * request, the server's render reads and the browser's alike; the browser's own are
 * told apart from the page's requests. Each page's API requests are then replayed
 * anonymously through the API in-process over a DynamoDB client that counts what it
 * sends, in a warm container (the same requests once before, as Lambda keeps a container
 * between views). Prints the figures; never fails on them: it is a bench.
 *
 *   pnpm bench tests/bench/requests-per-page.bench.ts
 */
const item = DEMO_ITEMS.find((candidate) => candidate.status === "published");
const course = DEMO_COURSES[0];
const PAGES: [name: string, path: string][] = [
  ["home", "/"],
  ["exchange list", "/exchange"],
  ...(item ? [["exchange item", `/exchange/items/${item.itemId}`] as [string, string]] : []),
  ["catalogue", "/courses"],
  ...(course ? [["course page", `/courses/${course.courseId}`] as [string, string]] : []),
  ["member cities", "/cities"],
];

/** An HTTP proxy to `target` that notes each request's method and path. */
async function countingProxy(target: string) {
  const seen: string[] = [];
  const server: Server = createServer((incoming, outgoing) => {
    seen.push(`${incoming.method} ${incoming.url}`);
    const upstream = httpRequest(
      new URL(incoming.url ?? "/", target),
      { method: incoming.method, headers: { ...incoming.headers, host: new URL(target).host } },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on("error", () => {
      outgoing.writeHead(502);
      outgoing.end();
    });
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

interface Result {
  name: string;
  render: string[];
  browser: string[];
  dynamo: number;
  commands: string[];
}

let site: ProductionSite;
let proxy: Awaited<ReturnType<typeof countingProxy>>;
let browser: Browser;
beforeAll(async () => {
  site = await startProductionSite({
    apiOrigin: async (apiUrl) => {
      proxy = await countingProxy(apiUrl);
      return proxy.url;
    },
  });
  browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await proxy?.stop();
});

/** One first view of `path`: the API requests it made, the render's and the browser's. */
async function view(name: string, path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fromBrowser: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin === site.url && url.pathname.startsWith("/api/")) {
      fromBrowser.push(`${request.method()} ${url.pathname}${url.search}`);
    }
  });
  proxy.seen.length = 0;
  await page.goto(`${site.url}${path}`, { waitUntil: "networkidle" });
  const all = [...proxy.seen];
  await context.close();
  const render = [...all];
  for (const request of fromBrowser) {
    const at = render.indexOf(request);
    if (at >= 0) render.splice(at, 1);
  }
  return { name, all, render, browser: fromBrowser };
}

const lines: string[] = [];
afterAll(() => {
  process.stdout.write(`\n${lines.join("\n")}\n\n`);
});

describe("requests per page view", () => {
  bench(
    "main public pages, first view, anonymous",
    async () => {
      const views = [];
      for (const [name, path] of PAGES) views.push(await view(name, path));
      const { app, counter } = countedApi(site.cloud.apiEnv);
      const replay = async (requests: string[]) => {
        for (const request of requests) {
          const [method = "GET", target = "/"] = request.split(" ");
          const response = await app.request(target, { method });
          await response.arrayBuffer();
        }
      };
      const results: Result[] = [];
      for (const seen of views) {
        await replay(seen.all); // the container is warm: Lambda keeps it between views
        counter.requests = 0;
        counter.commands.length = 0;
        await replay(seen.all);
        results.push({
          name: seen.name,
          render: seen.render,
          browser: seen.browser,
          dynamo: counter.requests,
          commands: [...counter.commands],
        });
      }
      const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
      const api = results.map((r) => r.render.length + r.browser.length);
      const totalApi = api.reduce((a, b) => a + b, 0);
      const totalDynamo = results.reduce((sum, r) => sum + r.dynamo, 0);
      const tally = (commands: string[]) =>
        Object.entries(
          commands.reduce<Record<string, number>>((counts, command) => {
            counts[command] = (counts[command] ?? 0) + 1;
            return counts;
          }, {}),
        )
          .map(([command, count]) => `${count} ${command}`)
          .join(", ") || "none";
      lines.length = 0;
      lines.push(
        "Requests per page view: production build, demo data, anonymous first view in a fresh browser context, until the network is idle",
        "API = requests reaching the API (render = the server's page render, browser = the page's own); DynamoDB = requests the API sent for them, warm container",
        "",
        `${"page".padEnd(15)}  API  render  browser  DynamoDB  DynamoDB requests  API requests`,
        ...results.map(
          (r, index) =>
            `${r.name.padEnd(15)}  ${String(api[index]).padStart(3)}  ${String(r.render.length).padStart(6)}  ${String(r.browser.length).padStart(7)}  ${String(r.dynamo).padStart(8)}  ${tally(r.commands).padEnd(17)}  ${[...r.render.map((x) => `render ${x}`), ...r.browser.map((x) => `browser ${x}`)].join("; ") || "none"}`,
        ),
        "",
        `mean per page view: ${mean(api).toFixed(2)} API requests, ${mean(results.map((r) => r.dynamo)).toFixed(2)} DynamoDB requests (${totalApi ? (totalDynamo / totalApi).toFixed(2) : "n/a"} per API request)`,
      );
    },
    { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 },
  );
});
