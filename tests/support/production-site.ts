import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { type DevStack, findFreePort, type SeedResult, startDevStack } from "@alliance/dev";
import { buildWeb, WEB_DIR } from "./web-build.ts";

export interface ProductionSite {
  /** The site's origin: pages, assets and `/api` (proxied to the stack's API). */
  url: string;
  apiUrl: string;
  seed: SeedResult;
  /** The local cloud under it (emulators' endpoints and ids, the API's settings). */
  cloud: DevStack["cloud"];
  stop(): Promise<void>;
}

/**
 * The web app as a visitor meets it in production, on this machine: the local stack
 * (emulators, seeded demo data, the API and the change stream, as `pnpm dev` and the e2e
 * tests start them, on free ports) and, instead of Vite's dev server, the production
 * build served by the site's Node entry (web/server/node.ts: the build's files, pages
 * rendered on the server, `/api` passed to the stack's API, all compressed, as CloudFront
 * and the render function serve them). `files` are written into the build before it is
 * served (a bench's baseline page). The one place that says how the production site is
 * served: the e2e journeys and the Lighthouse bench both run on it. The processes' output
 * goes to `<temp>/logs`, or to the console with `echo`.
 */
export async function startProductionSite(
  options: {
    files?: Record<string, string>;
    echo?: boolean;
    /**
     * Where the site's server sends `/api` and its pages' reads, given the stack's API:
     * by default the API itself; a bench puts a counting proxy in between.
     */
    apiOrigin?: (apiUrl: string) => Promise<string>;
  } = {},
): Promise<ProductionSite> {
  const { files = {}, echo = false } = options;
  const dataDir = mkdtempSync(join(tmpdir(), "alliance-site-"));
  const webPort = await findFreePort();
  // An empty web folder: the stack starts no dev server; the build is served below.
  const noDevServer = join(dataDir, "no-dev-server");
  mkdirSync(noDevServer);
  const stack = await startDevStack({
    dataDir,
    ports: { api: 0, web: webPort, dynamodb: 0, cognito: 0, s3: 0, ses: 0, lrs: 0 },
    inMemory: true,
    logLevel: "WARN",
    echo,
    webDir: noDevServer,
  }).catch((error: unknown) => {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  });
  let server: ChildProcess | undefined;
  const stop = async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const missing = stack.notices.filter((notice) => !notice.startsWith("Web app not started"));
    if (missing.length > 0) throw new Error(`the site needs the API: ${missing.join(" ")}`);
    const outDir = join(dataDir, "web-dist");
    const serverDir = join(dataDir, "web-server");
    await buildWeb({ outDir, env: stack.cloud.webEnv });
    await buildWeb({
      outDir: serverDir,
      env: stack.cloud.webEnv,
      server: { entry: "server/node.ts", name: "node" },
    });
    for (const [name, content] of Object.entries(files)) writeFileSync(join(outDir, name), content);
    server = spawn(process.execPath, [join(serverDir, "node.mjs")], {
      cwd: WEB_DIR,
      env: {
        ...process.env,
        NODE_ENV: "production",
        WEB_DIST: outDir,
        API_ORIGIN: options.apiOrigin ? await options.apiOrigin(stack.apiUrl) : stack.apiUrl,
        PORT: String(webPort),
        PUBLIC_SITE_URL: stack.webUrl,
        // Extracted SCORM packages from the local store, as CloudFront serves them (decision 0086).
        SCORM_ORIGIN: `${stack.cloud.endpoints.s3}/${stack.cloud.ids.bucket}`,
      },
      stdio: ["ignore", echo ? "inherit" : "ignore", "inherit"],
    });
    await waitFor(`${stack.webUrl}/`, server);
    return { url: stack.webUrl, apiUrl: stack.apiUrl, seed: stack.seed, cloud: stack.cloud, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function waitFor(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`the site's server exited with ${server.exitCode}`);
    const ok = await fetch(url)
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return;
    await sleep(200);
  }
  throw new Error(`the site's server did not answer at ${url} in 30 s`);
}
