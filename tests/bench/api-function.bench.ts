import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, bench, describe } from "vitest";
import { LAMBDA_NODE_OPTIONS } from "../../infra/platform-settings.ts";
import { bytesBySource, shippedBytes, startBytes } from "../support/lambda-bundle.ts";
import {
  type Bundles,
  buildBundles,
  coldImportCpu,
  median,
  nodeStartCpu,
  removeBundles,
} from "./support/api-probe.ts";

/**
 * The API function, the certificate function (decision 0028) and the search function
 * (decision 0096) as CDK bundles them:
 * their size beside a bare Hono hello-world bundled the same way, and the CPU a cold
 * import of each takes (what Lambda's init runs: module code, config, clients, app)
 * beside `node -e 0`'s, the medians of RUNS child processes. Prints ratios to those
 * baselines, measured in this run; never fails on time.
 *
 *   pnpm bench
 */
const RUNS = 7;
let bundles: Bundles;
beforeAll(async () => {
  bundles = await buildBundles();
}, 300_000);
afterAll(() => removeBundles(bundles));

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
const LABELS = {
  api: "API function",
  certificate: "certificate function",
  search: "search function",
} as const;

function sizes() {
  const measure = (bundle: Bundles["api"]) => {
    const code = readFileSync(bundle.file);
    return {
      code: code.length,
      gzip: gzipSync(code).length,
      shipped: shippedBytes(bundle),
      start: startBytes(bundle),
    };
  };
  const bare = measure(bundles.bare);
  const rows = (["api", "certificate", "search"] as const).map((name) => {
    const size = measure(bundles[name]);
    return [
      LABELS[name],
      `${kb(size.code)} (${(size.code / bare.code).toFixed(1)}×)`,
      `${kb(size.gzip)} (${(size.gzip / bare.gzip).toFixed(1)}×)`,
      kb(size.shipped),
      kb(size.start),
    ].join(" | ");
  });
  const api = measure(bundles.api).start;
  const largest = bytesBySource(bundles.api)
    .slice(0, 12)
    .map(([source, bytes]) => `${source} ${kb(bytes)} (${((bytes / api) * 100).toFixed(0)}%)`);
  return [
    `Bundle sizes, minified (× a bare Hono hello-world: ${kb(bare.code)}, ${kb(bare.gzip)} gzip)`,
    "function | index.mjs | gzip | shipped (code + copied files) | loaded at a cold start (decision 0109)",
    ...rows,
    // What to cut first; tests/infra/api-bundle.test.ts holds each to a budget.
    `API function's largest sources: ${largest.join(", ")}`,
  ];
}

async function coldImports() {
  const base: number[] = [];
  const api: number[] = [];
  const deployed: number[] = [];
  const certificate: number[] = [];
  const search: number[] = [];
  // Interleaved, so that a busy moment of the machine weighs on each alike.
  for (let run = 0; run < RUNS; run += 1) {
    base.push(await nodeStartCpu());
    api.push(await coldImportCpu(bundles.api.file));
    // As CDK deploys it: Node parses the bundle's source map on load (decision 0105).
    deployed.push(await coldImportCpu(bundles.api.file, LAMBDA_NODE_OPTIONS.split(" ")));
    certificate.push(await coldImportCpu(bundles.certificate.file));
    search.push(await coldImportCpu(bundles.search.file));
  }
  const ms = (us: number) => `${(us / 1000).toFixed(0)} ms`;
  const baseline = median(base);
  const line = (name: keyof typeof LABELS, cpu: number[]) =>
    `${LABELS[name]}: ${ms(median(cpu))} (${(median(cpu) / baseline).toFixed(2)}×)`;
  return [
    `Cold import CPU, median of ${RUNS} (× node -e 0: ${ms(baseline)})`,
    line("api", api),
    `API function with NODE_OPTIONS=${LAMBDA_NODE_OPTIONS}: ${ms(median(deployed))} (${(median(deployed) / baseline).toFixed(2)}×)`,
    line("certificate", certificate),
    line("search", search),
  ];
}

const lines: string[] = [];
afterAll(() => {
  process.stdout.write(`\n${lines.join("\n")}\n\n`);
});

describe("the API's functions", () => {
  bench(
    "bundle sizes and cold imports",
    async () => {
      lines.length = 0;
      lines.push(...sizes(), "", ...(await coldImports()));
    },
    { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 },
  );
});
