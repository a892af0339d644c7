import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_COURSES, DEMO_ITEMS } from "@alliance/dev";
import { type LaunchedChrome, launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { afterAll, beforeAll, bench, describe } from "vitest";
import { type ProductionSite, startProductionSite } from "../support/production-site.ts";

/**
 * Lighthouse 12 (mobile emulation and simulated throttling: its defaults) on the web
 * app's production build, served with the API and the seeded demo data on the local
 * emulators (tests/support/production-site.ts): home, exchange list, catalogue, an exchange
 * item, a course page, the member cities and the certificate check, three runs each
 * (`LIGHTHOUSE_RUNS`), the median shown.
 * Baseline in the same run: a minimal static page served by the same server, so the
 * ratio shows what the machine's load does to the score. Prints scores (performance, SEO, accessibility, best practices) and the
 * metrics behind performance. Goals: performance ≥ 0.95 on every page, SEO 1.0. Never
 * fails on a score: it is a bench.
 *
 *   pnpm bench tests/bench/lighthouse.bench.ts
 *
 * With `LIGHTHOUSE_REPORTS=<folder>`, each page's full report (JSON: the largest paint's
 * element, the long tasks, the main thread's work by script) is written there, outside
 * the repository, to find out why a page scores what it does.
 */
const REPORTS = process.env.LIGHTHOUSE_REPORTS;
/**
 * Runs per page (`LIGHTHOUSE_RUNS`, default 3), in rounds over all pages: the figures are
 * each page's median run (by performance), with the lowest and highest performance
 * beside it. Blocking time swings by 2–3× between single runs on a shared machine.
 */
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3) || 3);
const CATEGORIES = ["performance", "seo", "accessibility", "best-practices"] as const;
/** The flags the e2e tests launch Chromium with (STACK.md). */
const CHROME_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
const METRICS = {
  FCP: "first-contentful-paint",
  LCP: "largest-contentful-paint",
  TBT: "total-blocking-time",
  CLS: "cumulative-layout-shift",
} as const;

const BASELINE_PAGE = [
  "<!doctype html>",
  '<html lang="en"><head><meta charset="UTF-8" />',
  '<meta name="viewport" content="width=device-width, initial-scale=1" />',
  '<meta name="description" content="A minimal static page: the Lighthouse baseline." />',
  '<link rel="icon" href="data:," />',
  "<title>Baseline</title></head>",
  "<body><main><h1>Baseline</h1><p>A static page with no script and no style sheet.</p></main></body></html>",
  "",
].join("\n");

const item = DEMO_ITEMS.find((candidate) => candidate.status === "published");
const course = DEMO_COURSES[0];
const PAGES: [name: string, path: string][] = [
  ["baseline (static)", "/bench-baseline.html"],
  ["home", "/"],
  ["exchange list", "/exchange"],
  ["catalogue", "/courses"],
  ...(item ? [["exchange item", `/exchange/items/${item.itemId}`] as [string, string]] : []),
  ...(course ? [["course page", `/courses/${course.courseId}`] as [string, string]] : []),
  ["member cities", "/cities"],
  ["certificate check", "/verify"],
];

interface Result {
  name: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  metrics: Record<keyof typeof METRICS, number>;
  /** Bytes of JavaScript transferred (compressed) during the load. */
  script: number;
  failed: string[];
  /**
   * Lighthouse's benchmarkIndex: the machine's speed when the run began (higher is
   * faster). On a shared machine it swings by 2× within a minute, and the blocking
   * time with it.
   */
  cpu: number;
}

let site: ProductionSite;
let chrome: LaunchedChrome;
let profile: string;
let startMs = 0;
beforeAll(async () => {
  const started = performance.now();
  site = await startProductionSite({ files: { "bench-baseline.html": BASELINE_PAGE } });
  startMs = performance.now() - started;
  profile = mkdtempSync(join(tmpdir(), "alliance-lighthouse-"));
  chrome = await launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: CHROME_FLAGS,
    userDataDir: profile,
    logLevel: "silent",
  });
}, 240_000);
afterAll(async () => {
  await chrome?.kill();
  await site?.stop();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function audit(name: string, path: string, round: number): Promise<Result> {
  const run = await lighthouse(`${site.url}${path}`, {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: [...CATEGORIES],
  });
  const lhr = run?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${path}: ${lhr.runtimeError.message}`);
  if (REPORTS) {
    mkdirSync(REPORTS, { recursive: true });
    writeFileSync(
      join(REPORTS, `${name.replace(/\W+/g, "-")}-${round + 1}.json`),
      JSON.stringify(lhr),
    );
  }
  const score = (id: string) => lhr.categories[id]?.score ?? Number.NaN;
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const resources = lhr.audits["resource-summary"]?.details;
  const items = resources?.type === "table" ? resources.items : [];
  const script = Number(items.find((entry) => entry.resourceType === "script")?.transferSize ?? 0);
  // What keeps SEO, accessibility and best practices below 1: the failing audits' ids.
  const failed = CATEGORIES.filter((id) => id !== "performance").flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id),
  );
  return {
    name,
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, score(id)])) as Result["scores"],
    metrics: Object.fromEntries(
      Object.entries(METRICS).map(([key, id]) => [key, metric(id)]),
    ) as Result["metrics"],
    script,
    failed,
    cpu: lhr.environment.benchmarkIndex,
  };
}

const lines: string[] = [];
afterAll(() => {
  process.stdout.write(`\n${lines.join("\n")}\n\n`);
});

describe("Lighthouse, mobile", () => {
  bench(
    "public pages of the production build against a static page",
    async () => {
      const runs = new Map<string, Result[]>(PAGES.map(([name]) => [name, []]));
      for (let round = 0; round < RUNS; round += 1) {
        for (const [name, path] of PAGES) runs.get(name)?.push(await audit(name, path, round));
      }
      const results = [...runs.values()].map((page) => {
        const sorted = [...page].sort((a, b) => a.scores.performance - b.scores.performance);
        const median = sorted[Math.floor((sorted.length - 1) / 2)] as Result;
        const low = sorted[0]?.scores.performance ?? Number.NaN;
        const high = sorted.at(-1)?.scores.performance ?? Number.NaN;
        const cpus = page.map((run) => run.cpu);
        return {
          ...median,
          range: `${low.toFixed(2)}–${high.toFixed(2)}`,
          cpuRange: `${Math.round(Math.min(...cpus))}–${Math.round(Math.max(...cpus))}`,
        };
      });
      const [baseline] = results;
      const perf = baseline?.scores.performance ?? Number.NaN;
      const ms = (value: number) => `${Math.round(value)} ms`.padStart(8);
      lines.length = 0;
      lines.push(
        `Lighthouse 12.2.3, mobile, simulated throttling, ${RUNS} run(s) per page in rounds, each page's median run shown (LIGHTHOUSE_RUNS); site built and started in ${(startMs / 1000).toFixed(0)} s`,
        "goals: performance ≥ 0.95 on every page, SEO 1.0; 'perf ÷ base': the page's performance ÷ the static page's median; 'range': the page's lowest and highest performance; 'CPU': Lighthouse's benchmarkIndex at the median run, and its range over the page's runs (the machine's speed: a low one means a loaded machine)",
        "",
        `${"page".padEnd(18)}  perf  ÷ base      range   SEO  a11y  best       FCP       LCP       TBT     CLS  JS sent   CPU      range  failing (SEO, a11y, best practices)`,
        ...results.map(
          ({ name, scores, metrics, script, failed, range, cpu, cpuRange }) =>
            `${name.padEnd(18)}  ${scores.performance.toFixed(2)}  ${(scores.performance / perf).toFixed(2).padStart(6)}  ${range.padStart(9)}  ${scores.seo.toFixed(2).padStart(4)}  ${scores.accessibility.toFixed(2)}  ${scores["best-practices"].toFixed(2)}  ${ms(metrics.FCP)}  ${ms(metrics.LCP)}  ${ms(metrics.TBT)}  ${metrics.CLS.toFixed(3).padStart(6)}  ${`${(script / 1000).toFixed(0)} KB`.padStart(7)}  ${String(Math.round(cpu)).padStart(4)}  ${cpuRange.padStart(9)}  ${failed.join(", ") || "none"}`,
        ),
      );
    },
    { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 },
  );
});
