import { execFile, fork } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { ENV } from "@alliance/core";
import { gatewayGet, invokeCold } from "../../support/cold-handler.ts";
import { type Bundle, bundleApiFunction, bundleFunction } from "../../support/lambda-bundle.ts";

const run = promisify(execFile);
const repoRoot = join(import.meta.dirname, "..", "..", "..");

/**
 * The environment the functions start with: a deployed stage's variables (no emulator is
 * called: starting and /api/health touch no AWS service).
 */
export const FUNCTION_ENV: Record<string, string> = {
  [ENV.stage]: "bench",
  [ENV.region]: "eu-west-1",
  [ENV.tableName]: "alliance-bench",
  [ENV.userPoolId]: "eu-west-1_bench",
  [ENV.userPoolClientId]: "bench-client",
  [ENV.attachmentsBucket]: "alliance-bench-attachments",
  [ENV.publicSiteUrl]: "https://alliance.example.eu",
  [ENV.logLevel]: "INFO",
  AWS_ACCESS_KEY_ID: "bench",
  AWS_SECRET_ACCESS_KEY: "bench",
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
};

export interface Bundles {
  dir: string;
  api: Bundle;
  certificate: Bundle;
  /** The search function (decision 0096). */
  search: Bundle;
  /** A bare Hono hello-world, bundled the same way: the size baseline. */
  bare: Bundle;
  /** The API's app (as lambda.ts builds it) and a bare Hono app behind @hono/node-server. */
  server: Bundle;
}

const BARE_APP = [
  'import { Hono } from "hono";',
  "export const bare = new Hono().get('/api/health', (c) =>",
  "  c.json({ status: 'ok', time: new Date().toISOString() }),",
  ");",
].join("\n");

/**
 * Serves the API's app, wired as the API function wires it, or the bare app, with
 * @hono/node-server on a free port it sends to its parent; or, with `in-process`, counts
 * how many `/api/health` requests each app answers per CPU second through `app.fetch`.
 */
const SERVER = (api: string, deps: string) =>
  [
    'import { serve } from "@hono/node-server";',
    'import { bare } from "./bare.ts";',
    `import { createApp } from ${JSON.stringify(api)};`,
    `import { appDepsFromEnv } from ${JSON.stringify(deps)};`,
    "const mode = process.argv[2];",
    "const apps = { api: createApp(appDepsFromEnv()), bare };",
    "async function perCpuSecond(app, requests) {",
    "  const start = process.cpuUsage();",
    "  for (let i = 0; i < requests; i++) {",
    "    const response = await app.fetch(new Request('http://localhost/api/health'));",
    "    await response.text();",
    "  }",
    "  const used = process.cpuUsage(start);",
    "  return requests / ((used.user + used.system) / 1e6);",
    "}",
    "if (mode === 'in-process') {",
    "  const requests = Number(process.argv[3] ?? 2000);",
    "  await perCpuSecond(apps.api, requests); await perCpuSecond(apps.bare, requests);",
    "  const ratios = [];",
    "  for (let round = 0; round < 5; round++) {",
    "    const api = await perCpuSecond(apps.api, requests);",
    "    const bare = await perCpuSecond(apps.bare, requests);",
    "    ratios.push({ api, bare });",
    "  }",
    "  process.send?.(ratios, () => process.exit(0));",
    "} else {",
    "  const server = serve({ fetch: apps[mode].fetch, port: 0, hostname: '127.0.0.1' }, (info) =>",
    "    process.send?.({ port: info.port }));",
    "  process.on('disconnect', () => server.close(() => process.exit(0)));",
    "}",
  ].join("\n");

/** Builds every bundle the benches measure, as stacks/api-stack.ts has CDK build them. */
export async function buildBundles(): Promise<Bundles> {
  // Inside the API package, so that the probes resolve hono and @hono/node-server from it.
  const cache = join(repoRoot, "packages/api/node_modules/.cache");
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, "api-bench-"));
  writeFileSync(join(dir, "bare.ts"), BARE_APP);
  writeFileSync(join(dir, "bare-entry.ts"), 'export { bare } from "./bare.ts";\n');
  writeFileSync(
    join(dir, "server.ts"),
    SERVER(
      join(repoRoot, "packages/api/src/app.ts"),
      join(repoRoot, "packages/api/src/deps-from-env.ts"),
    ),
  );
  const [api, certificate, search, bare, server] = await Promise.all([
    bundleApiFunction("ApiFunction", join(dir, "api")),
    bundleApiFunction("CertificateFunction", join(dir, "certificate")),
    bundleApiFunction("SearchFunction", join(dir, "search")),
    bundleFunction(join(dir, "bare-entry.ts"), join(dir, "bare")),
    bundleFunction(join(dir, "server.ts"), join(dir, "server")),
  ]);
  return { dir, api, certificate, search, bare, server };
}

export function removeBundles(bundles: Bundles | undefined) {
  if (bundles) rmSync(bundles.dir, { recursive: true, force: true });
}

export function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const PRINT_CPU = "const u = process.cpuUsage(); process.stdout.write(String(u.user + u.system));";

/** CPU microseconds (user + system) of a Node process that runs `args` then prints them. */
async function cpuOf(args: string[]) {
  const { stdout } = await run(process.execPath, args, {
    env: { ...process.env, ...FUNCTION_ENV },
    cwd: tmpdir(),
  });
  return Number(stdout);
}

/** CPU of `node -e 0` (printing its own CPU use): the baseline of a cold import. */
export const nodeStartCpu = () => cpuOf(["-e", PRINT_CPU]);

/**
 * CPU of a Node process that imports `file` (a function's bundle, as Lambda's init does):
 * module code, config, clients, app, and the synchronous start of the search function's
 * search preload (search-lambda.ts), not the load itself, which runs after the import. The
 * process exits once it has printed, so that load (here to no AWS at all) is cut short.
 * `nodeOptions`: Node's flags, as a function's NODE_OPTIONS sets them (LAMBDA_NODE_OPTIONS).
 */
export const coldImportCpu = (file: string, nodeOptions: readonly string[] = []) =>
  cpuOf([
    ...nodeOptions,
    "--input-type=module",
    "-e",
    `await import(${JSON.stringify(pathToFileURL(file).href)}); ${PRINT_CPU} process.exit(0);`,
  ]);

/**
 * The search function's entry without the search preload (decision 0026): the baseline of
 * the cold-start figures of tests/bench/exchange-search.bench.ts.
 */
const WITHOUT_PRELOAD = (app: string, deps: string) =>
  [
    'import { exchangeSearch } from "@alliance/core/exchange-search";',
    'import { handle } from "hono/aws-lambda";',
    `import { createSearchApp } from ${JSON.stringify(app)};`,
    `import { appDepsFromEnv } from ${JSON.stringify(deps)};`,
    "export const handler = handle(",
    "  createSearchApp(appDepsFromEnv(process.env, {}, { search: exchangeSearch })),",
    ");",
  ].join("\n");

/** The search function's bundle (decision 0096), and the same entry without the preload. */
export async function buildSearchEntries(): Promise<{ dir: string; api: Bundle; plain: Bundle }> {
  const cache = join(repoRoot, "packages/api/node_modules/.cache");
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, "search-bench-"));
  writeFileSync(
    join(dir, "plain.ts"),
    WITHOUT_PRELOAD(
      join(repoRoot, "packages/api/src/search-app.ts"),
      join(repoRoot, "packages/api/src/deps-from-env.ts"),
    ),
  );
  const [api, plain] = await Promise.all([
    bundleApiFunction("SearchFunction", join(dir, "api")),
    bundleFunction(join(dir, "plain.ts"), join(dir, "plain")),
  ]);
  return { dir, api, plain };
}

/**
 * A cold container in a child process: imports `file` and sends it one API Gateway
 * event (GET `path`), at once (an on-demand cold start: the request waits for init) or
 * after `gapMs`. Wall-clock ms of the import, of the request, and of both.
 */
export async function coldSearch(
  file: string,
  env: Record<string, string>,
  path: string,
  gapMs = 0,
): Promise<{ importMs: number; requestMs: number; status: number }> {
  const { importMs, requestMs, answer } = await invokeCold(file, env, gatewayGet(path), { gapMs });
  return { importMs, requestMs, status: answer.statusCode };
}

/** Starts the server bundle serving `app` ("api" or "bare"); resolves with its address. */
export function startServer(bundles: Bundles, app: "api" | "bare") {
  const child = fork(bundles.server.file, [app], {
    env: { ...process.env, ...FUNCTION_ENV },
    // The API logs one JSON line per request, as in production: not into the bench's output.
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  return new Promise<{ url: string; stop: () => void }>((resolve, reject) => {
    child.once("error", reject);
    child.once("message", (message) => {
      const { port } = message as { port: number };
      resolve({ url: `http://127.0.0.1:${port}/api/health`, stop: () => child.disconnect() });
    });
  });
}

/** Per-CPU-second rates of both apps through `app.fetch`, five rounds, in one child. */
export function inProcessRates(bundles: Bundles, requests = 2000) {
  const child = fork(bundles.server.file, ["in-process", String(requests)], {
    env: { ...process.env, ...FUNCTION_ENV },
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  return new Promise<{ api: number; bare: number }[]>((resolve, reject) => {
    child.once("error", reject);
    child.once("message", (message) => resolve(message as { api: number; bare: number }[]));
  });
}

/**
 * Requests per second that `connections` concurrent loops of fetch() get answered by
 * `url` within `ms` (bounded in time, loopback only).
 */
export async function throughput(url: string, ms: number, connections = 8) {
  let answered = 0;
  const end = performance.now() + ms;
  const loop = async () => {
    while (performance.now() < end) {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) answered += 1;
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: connections }, loop));
  return answered / ((performance.now() - start) / 1000);
}
