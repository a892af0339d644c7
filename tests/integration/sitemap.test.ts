import { ENV, STATIC_PAGES } from "@alliance/core";
import { DEMO_CITIES, DEMO_COURSES, DEMO_ITEMS } from "@alliance/dev";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { type Caller, ifMatch, ok, type TestContext, testContext } from "./support/context.ts";
import { countedApp } from "./support/counted-app.ts";
import { courseApi, courseOf } from "./support/course-fixtures.ts";
import { itemIn } from "./support/exchange-fixtures.ts";

const site = inject("apiEnv")[ENV.publicSiteUrl] as string;
let ctx: TestContext;
let trainer: Caller;

beforeAll(async () => {
  ctx = await testContext();
  trainer = await ctx.newUser({ groups: ["trainer"] });
});

/** Each `<url>` of the sitemap: its address and its lastmod, if any. */
async function sitemap(): Promise<Map<string, string | undefined>> {
  const response = await ctx.raw(undefined, "GET", "/api/sitemap.xml");
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^application\/xml/);
  expect(response.headers.get("cache-control")).toBe("public, max-age=300");
  const xml = await response.text();
  expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns=/);
  const urls = [
    ...xml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?<\/url>/g),
  ];
  return new Map(urls.map(([, loc, lastmod]) => [loc as string, lastmod]));
}

describe("GET /api/sitemap.xml", () => {
  it("lists the public pages, cities, listed courses and public items, absolute, with dates", async () => {
    const urls = await sitemap();
    for (const path of STATIC_PAGES) expect(urls.has(`${site}${path}`)).toBe(true);
    for (const city of DEMO_CITIES) expect(urls.has(`${site}/cities/${city.cityId}`)).toBe(true);
    for (const course of DEMO_COURSES) {
      expect(urls.get(`${site}/courses/${course.courseId}`)).toMatch(/^\d{4}-\d\d-\d\dT/);
    }
    for (const item of DEMO_ITEMS) {
      const shown = item.status === "published" && item.fields.visibility === "public";
      expect(urls.has(`${site}/exchange/items/${item.itemId}`), item.itemId).toBe(shown);
    }
    expect(urls.get(`${site}/exchange/items/${DEMO_ITEMS[0]?.itemId}`)).toBe(
      DEMO_ITEMS[0]?.dates.updated,
    );
  });

  it("follows publication: a course appears when published and leaves when unpublished", async () => {
    const { courseId, version } = await courseOf(ctx, trainer);
    const draft = await courseOf(ctx, trainer, { publish: false });
    const address = `${site}/courses/${courseId}`;
    let urls = await sitemap();
    expect(urls.has(address)).toBe(true);
    expect(urls.has(`${site}/courses/${draft.courseId}`)).toBe(false);
    const { course, param } = courseApi(ctx, trainer, courseId);
    await ok(course.unpublish.$post({ param, header: ifMatch(version) }));
    urls = await sitemap();
    expect(urls.has(address)).toBe(false);
  });

  it("leaves out items a visitor cannot read: drafts and members-only ones", async () => {
    const admin = await ctx.newUser({ groups: ["admin"] });
    const cityId = DEMO_CITIES[0]?.cityId;
    const contributor = await ctx.newUser({ groups: ["contributor"], cityId });
    const open = await itemIn(ctx, "published", contributor, admin);
    const members = await itemIn(ctx, "published", contributor, admin, { visibility: "members" });
    const draft = await itemIn(ctx, "draft", contributor, admin);
    const urls = await sitemap();
    expect(urls.has(`${site}/exchange/items/${open.itemId}`)).toBe(true);
    expect(urls.has(`${site}/exchange/items/${members.itemId}`)).toBe(false);
    expect(urls.has(`${site}/exchange/items/${draft.itemId}`)).toBe(false);
  });

  it("reads one Query per kind, not one read per item", async () => {
    const { app, counter } = countedApp();
    counter.requests = 0;
    counter.commands.length = 0;
    expect((await app.request("/api/sitemap.xml")).status).toBe(200);
    expect(counter.commands).toEqual(["Query", "Query", "Query"]);
  });
});
