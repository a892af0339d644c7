import { afterAll, beforeAll, bench, describe } from "vitest";
import {
  type Bundles,
  buildBundles,
  inProcessRates,
  median,
  removeBundles,
  startServer,
  throughput,
} from "./support/api-probe.ts";

/**
 * What one `/api/health` costs through the API's whole middleware chain (request id,
 * structured log line at INFO as in production, security headers, CORS, body limit,
 * auth, validation hook), against a bare Hono app answering the same JSON, both from
 * the API function's bundle options: requests per CPU second through `app.fetch`, and
 * HTTP throughput through @hono/node-server on the loopback (8 connections, bounded in
 * time). Prints the ratios to bare Hono measured in this run; never fails on time.
 *
 *   pnpm bench
 */
const HTTP_MS = 3000;
let bundles: Bundles;
beforeAll(async () => {
  bundles = await buildBundles();
}, 120_000);
afterAll(() => removeBundles(bundles));

async function httpRates() {
  const rates = { api: [] as number[], bare: [] as number[] };
  for (let round = 0; round < 2; round += 1) {
    for (const app of ["api", "bare"] as const) {
      const server = await startServer(bundles, app);
      try {
        await throughput(server.url, 300); // warm-up
        rates[app].push(await throughput(server.url, HTTP_MS));
      } finally {
        server.stop();
      }
    }
  }
  return { api: median(rates.api), bare: median(rates.bare) };
}

const lines: string[] = [];
afterAll(() => {
  process.stdout.write(`\n${lines.join("\n")}\n\n`);
});

describe("/api/health", () => {
  bench(
    "the API's middleware against bare Hono",
    async () => {
      const inProcess = await inProcessRates(bundles);
      const ratio = median(inProcess.map(({ api, bare }) => api / bare));
      const http = await httpRates();
      const perSecond = (rate: number) => `${rate.toFixed(0)}/s`;
      lines.length = 0;
      lines.push(
        "/api/health, the API's app ÷ a bare Hono app (≥ 0.5 is the goal)",
        `app.fetch, requests per CPU second: ${perSecond(median(inProcess.map((r) => r.api)))} ÷ ${perSecond(median(inProcess.map((r) => r.bare)))} = ${ratio.toFixed(2)}`,
        `HTTP through @hono/node-server: ${perSecond(http.api)} ÷ ${perSecond(http.bare)} = ${(http.api / http.bare).toFixed(2)}`,
      );
    },
    { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 },
  );
});
