import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { findFreePort, type SeedResult, startDevStack } from "@alliance/dev";
import { buildWeb, WEB_DIR } from "./web-build.ts";

export interface ProductionSite {
  /** The site's origin: pages, assets and `/api` (proxied to the stack's API). */
  url: string;
  apiUrl: string;
  seed: SeedResult;
  stop(): Promise<void>;
}

const vite = join(
  dirname(createRequire(join(WEB_DIR, "package.json")).resolve("vite/package.json")),
  "bin",
  "vite.js",
);

/**
 * The web app as a visitor meets it in production, on this machine: the local stack
 * (emulators, seeded demo data, the API and the change stream, as `pnpm dev` and the e2e
 * tests start them, on free ports) and, instead of Vite's dev server, the production
 * build served by `vite preview` (static files, compressed, SPA fallback, `/api` proxied
 * to the stack's API). `files` are written into the build before it is served (a bench's
 * baseline page). The one place that says how the production site is served.
 */
export async function startProductionSite(
  files: Record<string, string> = {},
): Promise<ProductionSite> {
  const dataDir = mkdtempSync(join(tmpdir(), "alliance-site-"));
  const webPort = await findFreePort();
  // An empty web folder: the stack starts no dev server; the build is served below.
  const noDevServer = join(dataDir, "no-dev-server");
  mkdirSync(noDevServer);
  const stack = await startDevStack({
    dataDir,
    ports: { api: 0, web: webPort, dynamodb: 0, cognito: 0, s3: 0 },
    inMemory: true,
    logLevel: "WARN",
    echo: false,
    webDir: noDevServer,
  }).catch((error: unknown) => {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  });
  let preview: ChildProcess | undefined;
  const stop = async () => {
    if (preview && preview.exitCode === null) {
      const exited = new Promise((resolve) => preview?.once("exit", resolve));
      preview.kill("SIGTERM");
      await exited;
    }
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const missing = stack.notices.filter((notice) => !notice.startsWith("Web app not started"));
    if (missing.length > 0) throw new Error(`the site needs the API: ${missing.join(" ")}`);
    const outDir = join(dataDir, "web-dist");
    await buildWeb({ outDir, env: stack.cloud.webEnv });
    for (const [name, content] of Object.entries(files)) writeFileSync(join(outDir, name), content);
    preview = spawn(
      process.execPath,
      [vite, "preview", "--outDir", outDir, "--port", String(webPort), "--strictPort"],
      {
        cwd: WEB_DIR,
        env: { ...process.env, WEB_PORT: String(webPort), API_PORT: new URL(stack.apiUrl).port },
        stdio: "ignore",
      },
    );
    await waitFor(`${stack.webUrl}/`, preview);
    return { url: stack.webUrl, apiUrl: stack.apiUrl, seed: stack.seed, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function waitFor(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with ${server.exitCode}`);
    const ok = await fetch(url)
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return;
    await sleep(200);
  }
  throw new Error(`vite preview did not answer at ${url} in 30 s`);
}
