import { DEMO_CITIES, DEMO_EVENTS, DEMO_ITEMS } from "@alliance/dev";
import type { Browser, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import {
  chooseLanguage,
  chromiumForFile,
  demoUser,
  expectHeading,
  openPage,
  signIn,
} from "./browser.ts";
import { course } from "./pages.ts";

/**
 * Public pages paint their content from the server's HTML before any JavaScript runs,
 * with their head tags, then hydrate without a mismatch (decision 0031).
 */
const webUrl = inject("webUrl");
const browser = chromiumForFile();

function found<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("the demo data changed");
  return value;
}
const item = found(DEMO_ITEMS.find((candidate) => candidate.itemId.endsWith("A1")));
const aarhus = found(DEMO_CITIES.find((city) => city.name === "Aarhus"));
const firstLesson = found(course.modules[0]?.lessons[0]);
const [lyonWorkshop, webinar] = DEMO_EVENTS.map((demo) => demo.event);
const publishedTitles = DEMO_ITEMS.filter((candidate) => candidate.status === "published").map(
  (candidate) => candidate.fields.title,
);

/** Each public page, its heading and a piece of its data that only a rendered page has. */
const PUBLIC_PAGES: { path: string; heading: string; shows: string; type?: string }[] = [
  { path: "/", heading: "Welcome", shows: "Why local, why together" },
  { path: "/exchange", heading: "The exchange", shows: found(publishedTitles[0]) },
  {
    path: `/exchange/items/${item.itemId}`,
    heading: item.fields.title,
    shows: "What makes it work:",
    type: "article",
  },
  { path: "/courses", heading: "Courses", shows: course.fields.title },
  {
    path: `/courses/${course.courseId}`,
    heading: course.fields.title,
    shows: firstLesson.title,
    type: "article",
  },
  { path: "/events", heading: "Events", shows: found(webinar).title },
  {
    // The venue's times come from the server; the reader's zone is added in the browser.
    path: `/events/${found(lyonWorkshop).eventId}`,
    heading: found(lyonWorkshop).title,
    shows: "(venue time, Europe/Paris)",
    type: "article",
  },
  { path: "/verify", heading: "Verify a certificate", shows: "Verification code" },
  { path: "/cities", heading: "Member cities", shows: "Rotterdam" },
  {
    path: `/cities/${aarhus.cityId}`,
    heading: "Aarhus",
    shows: item.fields.title,
    type: "article",
  },
];

/** The content of a head element, or null. */
const headValue = (page: Page, selector: string, attribute = "content") =>
  page.locator(`head ${selector}`).first().getAttribute(attribute);

/** Console errors and uncaught exceptions of a page (a hydration mismatch is one). */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (entry) => {
    if (entry.type() === "error") errors.push(entry.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/** What watchHydration noted: the server's h1, and the server's elements that were removed. */
type HydrationWatch = Window & {
  serverHeading?: Element | null;
  serverElements?: Set<Element>;
  removedServerElements?: Element[];
};

/**
 * Runs in each page before its scripts: once the server's HTML is parsed (before the app's
 * module runs), notes the server's h1 and every element under #root, and watches which of
 * them are taken out of the page. React logs a hydration mismatch on the console, which
 * the check above catches; it does not log a part it throws away and renders again (a
 * Suspense boundary rendered on the client), and a renderer that logs no mismatch at all
 * (Preact, decision 0100) would pass it: the hydrated page must keep the server's elements.
 */
function watchHydration() {
  document.addEventListener("readystatechange", () => {
    if (document.readyState !== "interactive") return;
    const watch = window as HydrationWatch;
    const root = document.getElementById("root");
    watch.serverHeading = document.querySelector("#root h1");
    watch.serverElements = new Set(root ? root.querySelectorAll("*") : []);
    const removed: Element[] = [];
    watch.removedServerElements = removed;
    if (!root) return;
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.removedNodes) {
          if (!(node instanceof Element)) continue;
          for (const element of [node, ...node.querySelectorAll("*")]) {
            if (watch.serverElements?.has(element)) removed.push(element);
          }
        }
      }
    }).observe(root, { childList: true, subtree: true });
  });
}

/**
 * The server's elements that hydration threw away and made again: out of the page, while
 * an element with the same markup that the server did not send is in it. (A part that
 * changes after hydration, say a member's view, is replaced by different markup.)
 */
function remadeServerElements(): string[] {
  const watch = window as HydrationWatch;
  const now = [...document.querySelectorAll("#root *")].filter(
    (element) => !watch.serverElements?.has(element),
  );
  const made = new Set(now.map((element) => element.outerHTML));
  return (watch.removedServerElements ?? [])
    .filter((element) => !element.isConnected && made.has(element.outerHTML))
    .map((element) => element.outerHTML.slice(0, 120));
}

/** The page's h1 without JavaScript (expectHeading also waits for the app to run). */
async function expectStaticHeading(page: Page, name: string) {
  await page.getByRole("heading", { level: 1, name }).waitFor();
}

async function withoutJavaScript(run: (page: Page) => Promise<void>, locale = "en-GB") {
  const context = await (browser() as Browser).newContext({ javaScriptEnabled: false, locale });
  try {
    await run(await context.newPage());
  } finally {
    await context.close();
  }
}

describe("first paint from HTML", () => {
  it("shows each public page's content and head tags with JavaScript off", async () => {
    await withoutJavaScript(async (page) => {
      for (const { path, heading, shows, type } of PUBLIC_PAGES) {
        const response = await page.goto(`${webUrl}${path}`);
        expect(response?.status(), path).toBe(200);
        expect(await page.getByRole("heading", { level: 1 }).textContent(), path).toBe(heading);
        expect(await page.getByText(shows).first().isVisible(), `${path} shows ${shows}`).toBe(
          true,
        );
        expect(await page.title(), path).toBe(
          `${heading} – Alliance of European Cities against Violent Extremism`,
        );
        expect(await headValue(page, 'meta[name="description"]'), path).toMatch(/\w{3,}/);
        const canonical = new URL(path, webUrl).href;
        expect(await headValue(page, 'link[rel="canonical"]', "href"), path).toBe(canonical);
        expect(await headValue(page, 'meta[property="og:url"]'), path).toBe(canonical);
        expect(await headValue(page, 'meta[property="og:title"]'), path).toBe(await page.title());
        expect(await headValue(page, 'meta[property="og:description"]'), path).toMatch(/\w{3,}/);
        expect(await headValue(page, 'meta[property="og:type"]'), path).toBe(type ?? "website");
        expect(await headValue(page, 'meta[property="og:locale"]'), path).toBe("en_GB");
        expect(await page.locator("html").getAttribute("lang"), path).toBe("en");
        // The site's CSP allows no inline scripts: the page's state is JSON data.
        expect(await page.locator("#root script").count(), path).toBe(0);
        expect(await page.locator("script#alliance-ssr").getAttribute("type")).toBe(
          "application/json",
        );
      }
    });
  });

  it("renders in the visitor's language: the chosen one, else the browser's", async () => {
    await withoutJavaScript(async (page) => {
      await page.goto(`${webUrl}/exchange`);
      expect(await page.locator("html").getAttribute("lang")).toBe("fr");
      await expectStaticHeading(page, "L’échange");
      expect(await headValue(page, 'meta[property="og:locale"]')).toBe("fr_FR");
      await page.context().addCookies([{ name: "lang", value: "en", url: webUrl }]);
      await page.goto(`${webUrl}/exchange`);
      expect(await page.locator("html").getAttribute("lang")).toBe("en");
      await expectStaticHeading(page, "The exchange");
    }, "fr-FR");
  });

  it("answers 404 with the not-found page for an unknown item or address", async () => {
    await withoutJavaScript(async (page) => {
      const missingItem = await page.goto(`${webUrl}/exchange/items/xch_01JD5EEDXCH00000000000ZZZ`);
      expect(missingItem?.status()).toBe(404);
      await expectStaticHeading(page, "Item not found");
      const missingPage = await page.goto(`${webUrl}/no-such-page`);
      expect(missingPage?.status()).toBe(404);
      await expectStaticHeading(page, "Page not found");
    });
  });

  it("hydrates each public page without an error and keeps it interactive", async () => {
    const { context, page } = await openPage(browser());
    const errors = collectErrors(page);
    await page.addInitScript(watchHydration);
    for (const { path, heading } of PUBLIC_PAGES) {
      await page.goto(`${webUrl}${path}`);
      await expectHeading(page, heading);
      // Hydrated: the app's language switcher answers, in place.
      await page.waitForLoadState("networkidle");
      // Every slice hydrated (decision 0117).
      await page.locator("html[data-ready]").waitFor({ state: "attached" });
      expect(errors, `console errors on ${path}`).toEqual([]);
      // Hydrated, not rendered again: the h1 is the element the server sent.
      const sameHeading = await page.evaluate(() => {
        const server = (window as HydrationWatch).serverHeading;
        return server?.isConnected === true && server === document.querySelector("#root h1");
      });
      expect(sameHeading, `the server's h1 of ${path} after hydration`).toBe(true);
      // Nothing else the server sent was thrown away and made again either.
      expect(await page.evaluate(remadeServerElements), `remade on ${path}`).toEqual([]);
    }
    // The exchange's filters work on the hydrated page and its head follows navigation.
    await page.goto(`${webUrl}/exchange`);
    await page.waitForLoadState("networkidle");
    await page.getByRole("checkbox", { name: /^Initiative/ }).check();
    await page.waitForURL(/kind=initiative/);
    await page.getByRole("link", { name: item.fields.title }).click();
    await expectHeading(page, item.fields.title);
    await expect
      .poll(() => headValue(page, 'link[rel="canonical"]', "href"))
      .toBe(new URL(`/exchange/items/${item.itemId}`, webUrl).href);
    expect(await headValue(page, 'meta[property="og:type"]')).toBe("article");
    await chooseLanguage(page, "Français");
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("fr");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("hydrates an item page from its HTML alone: its Markdown without the renderer, nothing asked of the API (decisions 0115, 0118)", async () => {
    const { context, page } = await openPage(browser());
    const errors = collectErrors(page);
    const scripts: string[] = [];
    const apiReads: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(request.url());
      if (new URL(request.url()).pathname.startsWith("/api/")) apiReads.push(request.url());
    });
    const renderer = () => scripts.filter((url) => /\/markdown-renderer-[^/]+\.js$/.test(url));
    await page.addInitScript(watchHydration);
    await page.goto(`${webUrl}/exchange/items/${item.itemId}`);
    await expectHeading(page, item.fields.title);
    await page.waitForLoadState("networkidle");
    const description = page.locator("#root [data-markdown]").first();
    expect(await description.locator("strong").textContent()).toBe("What makes it work:");
    // The page answers without the renderer's chunk, and the text is the server's elements.
    expect(renderer()).toEqual([]);
    expect(await page.evaluate(remadeServerElements)).toEqual([]);
    // The courses that cite it and its discussion's count came with the page too.
    await page.locator("html[data-ready]").waitFor({ state: "attached" });
    await expect.poll(() => page.locator("#discussion-title").count()).toBe(1);
    expect(apiReads).toEqual([]);
    // In another language the renderer renders the text (the external links' label follows).
    await chooseLanguage(page, "Français");
    await expect.poll(() => renderer().length).toBeGreaterThan(0);
    await expect.poll(async () => (await description.textContent())?.trim()).toMatch(/\w+ \w+ \w+/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("hydrates a public page for a signed-in member, then shows what members see", async () => {
    const { context, page } = await openPage(browser());
    const errors = collectErrors(page);
    await page.goto(`${webUrl}/sign-in`);
    await signIn(page, demoUser("contributorB"));
    await page.getByRole("status").filter({ hasText: "You are signed in." }).waitFor();
    // A full load of the page: the server's visitor view, then the member's contact.
    await page.goto(`${webUrl}/exchange/items/${item.itemId}`);
    await expectHeading(page, item.fields.title);
    await page.getByRole("link", { name: "frontdoor@aarhus.example" }).waitFor();
    // A signed-in page is the app's shell, rendered in the browser as before.
    await page.goto(`${webUrl}/profile`);
    await expectHeading(page, "My profile");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("serves robots.txt naming the sitemap and keeping crawlers off signed-in pages", async () => {
    const answer = await fetch(`${webUrl}/robots.txt`);
    expect(answer.status).toBe(200);
    const text = await answer.text();
    expect(text).toContain("User-agent: *");
    expect(text).toContain("Disallow: /api/");
    expect(text).toContain("Disallow: /profile");
    expect(text).toContain("Disallow: /exchange/items/*/edit");
    expect(text).not.toMatch(/Disallow: \/exchange\n|Disallow: \/courses\n/);
    expect(text).toContain(`Sitemap: ${new URL("/sitemap.xml", webUrl).href}`);
    const shell = await (await fetch(`${webUrl}/profile`)).text();
    expect(shell).not.toContain("alliance-ssr");
  });

  it("lists the app's chunks as modulepreloads, so they download with the page (decision 0111)", async () => {
    // boot.ts imports main.tsx only after the first paint: without these links the app's
    // modules would start downloading then, one level of imports after another.
    for (const path of ["/exchange", "/profile"]) {
      const html = await (await fetch(`${webUrl}${path}`)).text();
      const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]* href="([^"]+)"/g)].map(
        ([, href]) => href ?? "",
      );
      expect(preloads.some((href) => /\/assets\/main-[^/]+\.js$/.test(href))).toBe(true);
      for (const href of preloads) {
        expect((await fetch(new URL(href, webUrl))).status).toBe(200);
      }
    }
  });

  it("ships React Router's production build, without its development warnings", async () => {
    const html = await (await fetch(`${webUrl}/exchange`)).text();
    const hrefs = [...html.matchAll(/<link rel="modulepreload"[^>]* href="([^"]+)"/g)].map(
      ([, href]) => href ?? "",
    );
    const scripts = await Promise.all(
      hrefs.map(async (href) => (await fetch(new URL(href, webUrl))).text()),
    );
    // An invariant both builds keep: React Router is among the first chunks.
    expect(
      scripts.some((code) => code.includes("may be used only in the context of a <Router>")),
    ).toBe(true);
    // A warning only its development build has.
    expect(scripts.filter((code) => code.includes("You rendered descendant <Routes>"))).toEqual([]);
  });
});
