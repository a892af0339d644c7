import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { type Child, findFreePort, PORT_ENV, startWeb, WEB_DIR } from "@alliance/dev";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { chromiumForFile, expectHeading, openPage } from "./browser.ts";

/**
 * The journeys run on the production build (tests/support/production-site.ts); this
 * file checks that `pnpm dev`'s web server (web/server/dev.ts: Vite in middleware mode,
 * the render through Vite's module runner) still renders a public page and hydrates it,
 * against the same API.
 */
const browser = chromiumForFile();
const cloud = inject("localCloud");
const apiPort = new URL(inject("apiUrl")).port;
let web: Child | undefined;
let webUrl = "";
let logDir = "";

beforeAll(async () => {
  const port = await findFreePort();
  webUrl = `http://localhost:${port}`;
  logDir = mkdtempSync(join(tmpdir(), "alliance-dev-web-"));
  web = startWeb(WEB_DIR, port, {
    env: {
      ...process.env,
      ...cloud.webEnv,
      [PORT_ENV.web]: String(port),
      [PORT_ENV.api]: apiPort,
      PUBLIC_SITE_URL: webUrl,
    },
    logDir,
    echo: process.env.E2E_ECHO === "1",
  });
  if (!web) throw new Error("web/server/dev.ts is missing");
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (web.hasExited()) throw new Error(`the dev server exited; see ${logDir}/web.log`);
    const ok = await fetch(`${webUrl}/robots.txt`)
      .then((answer) => answer.ok)
      .catch(() => false);
    if (ok) return;
    await sleep(250);
  }
  throw new Error(`the dev server did not answer in 90 s; see ${logDir}/web.log`);
}, 120_000);
afterAll(async () => {
  await web?.stop();
  rmSync(logDir, { recursive: true, force: true });
});

describe("pnpm dev's web server", () => {
  it("renders the home page on the server, hydrates it, and serves a signed-in page's shell", async () => {
    const html = await (await fetch(`${webUrl}/`)).text();
    expect(html).toContain('id="alliance-ssr"');
    expect(html).toContain("Why local, why together");

    const { context, page } = await openPage(browser());
    await page.goto(`${webUrl}/`);
    await expectHeading(page, "Welcome");
    await page.getByRole("navigation").getByRole("link", { name: "Exchange" }).click();
    await expectHeading(page, "The exchange");
    await page.goto(`${webUrl}/sign-in`);
    await expectHeading(page, "Sign in");
    await context.close();
  });
});
