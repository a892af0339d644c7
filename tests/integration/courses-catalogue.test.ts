import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type Caller,
  clientsOver,
  problemOf,
  type TestContext,
  testContext,
} from "./support/context.ts";
import { countedApp } from "./support/counted-app.ts";
import { type CourseCreate, courseOf } from "./support/course-fixtures.ts";

let ctx: TestContext;
let trainer: Caller;
/** A word only this file's courses carry, so other tests' courses do not interfere. */
const tag = `cat${randomUUID().slice(0, 8)}`;
const ids: Record<string, string> = {};

beforeAll(async () => {
  ctx = await testContext();
  trainer = await ctx.newUser({ groups: ["trainer"] });
  const specs: Record<string, CourseCreate> = {
    strategy: {
      title: `Local prevention strategy ${tag}`,
      themes: ["local-prevention-strategy"],
      language: "en",
      level: "introductory",
      durationMinutes: 90,
    },
    cooperation: {
      title: `Multi-agency cooperation ${tag}`,
      themes: ["multi-agency-cooperation"],
      language: "fr",
      level: "intermediate",
      durationMinutes: 180,
    },
    polarisation: {
      title: `Early signs of polarisation ${tag}`,
      summary: "For elected representatives",
      themes: ["polarisation", "local-prevention-strategy"],
      language: "en",
      level: "advanced",
      durationMinutes: 45,
    },
  };
  for (const [name, fields] of Object.entries(specs)) {
    ids[name] = (await courseOf(ctx, trainer, { fields })).courseId;
  }
  ids.draft = (
    await courseOf(ctx, trainer, { publish: false, fields: { title: `Draft ${tag}` } })
  ).courseId;
});

const search = async (query: Record<string, string>) => {
  const response = await ctx.api().api.courses.$get({ query: { q: tag, ...query } });
  expect(response.status).toBe(200);
  return response.json();
};
const found = (page: { items: Array<{ courseId: string }> }) =>
  page.items.map((course) => course.courseId).sort();
const idsOf = (...names: string[]) => names.map((name) => ids[name]).sort();

describe("the course catalogue", () => {
  it("lists published courses only, newest first", async () => {
    const page = await search({});
    expect(page.items.map((course: { courseId: string }) => course.courseId)).toEqual([
      ids.polarisation,
      ids.cooperation,
      ids.strategy,
    ]);
    expect(page.items[0]).toMatchObject({ versionNumber: 1, lessonCount: 2 });
  });

  it("filters by theme, language, level and duration, and by keyword", async () => {
    expect(found(await search({ theme: "local-prevention-strategy" }))).toEqual(
      idsOf("strategy", "polarisation"),
    );
    expect(found(await search({ language: "fr" }))).toEqual(idsOf("cooperation"));
    expect(found(await search({ level: "introductory,advanced" }))).toEqual(
      idsOf("strategy", "polarisation"),
    );
    expect(found(await search({ minMinutes: "60", maxMinutes: "120" }))).toEqual(idsOf("strategy"));
    const keyword = await ctx.api().api.courses.$get({ query: { q: `${tag} representatives` } });
    expect(found(await keyword.json())).toEqual(idsOf("polarisation"));
  });

  it("counts the courses each theme, language and level would give, listing only values in use", async () => {
    const all = await search({});
    expect(all.facets).toEqual({
      theme: { "local-prevention-strategy": 2, "multi-agency-cooperation": 1, polarisation: 1 },
      language: { en: 2, fr: 1 },
      level: { introductory: 1, intermediate: 1, advanced: 1 },
    });
    // A chosen language keeps the other languages' counts (to widen the choice), and
    // narrows the other facets' counts to the courses in that language.
    const english = await search({ language: "en" });
    expect(english.facets.language).toEqual({ en: 2, fr: 1 });
    expect(english.facets.level).toEqual({ introductory: 1, advanced: 1 });
    expect(english.facets.theme).toEqual({ "local-prevention-strategy": 2, polarisation: 1 });
    // The keyword and the duration narrow every count.
    expect((await search({ maxMinutes: "60" })).facets.language).toEqual({ en: 1 });
  });

  it("pages with a cursor", async () => {
    const first = await search({ limit: "2" });
    expect(first.items).toHaveLength(2);
    expect(first.total).toBe(3);
    const second = await search({ limit: "2", cursor: String(first.cursor) });
    expect(second.items).toHaveLength(1);
    expect(second.cursor).toBeNull();
    expect([...found(first), ...found(second)].sort()).toEqual(
      idsOf("strategy", "cooperation", "polarisation"),
    );
    const bad = await ctx.api().api.courses.$get({ query: { cursor: "nonsense" } });
    expect(bad.status).toBe(400);
    expect((await problemOf(bad)).errors?.[0]?.field).toBe("cursor");
  });

  it("rejects a bad filter naming it", async () => {
    // No such level: a filter the typed client must not express.
    const response = await ctx.raw(undefined, "GET", "/api/courses?level=expert");
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].field).toMatch(/^level/);
  });

  it("needs one DynamoDB request for the catalogue and one for a course page", async () => {
    const { app, counter } = countedApp();
    counter.requests = 0;
    const api = clientsOver(async (_caller, input, init) => app.request(input, init)).api();
    const catalogue = api.api.courses.$get({ query: { q: tag, theme: "polarisation" } });
    expect((await catalogue).status).toBe(200);
    const catalogueRequests = counter.requests;
    counter.requests = 0;
    const param = { courseId: ids.strategy as string };
    expect((await api.api.courses[":courseId"].$get({ param })).status).toBe(200);
    const pageRequests = counter.requests;
    expect({ catalogueRequests, pageRequests }).toEqual({ catalogueRequests: 1, pageRequests: 1 });
  });

  // Last: it publishes one more course carrying the tag.
  it("answers 304 to the page's ETag until the page changes", async () => {
    const path = `/api/courses?q=${tag}`;
    const first = await ctx.raw(undefined, "GET", path);
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[^"]+"$/);
    const again = await ctx.raw(undefined, "GET", path, undefined, { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    const other = await ctx.raw(undefined, "GET", `${path}&limit=1`, undefined, {
      "if-none-match": etag,
    });
    expect(other.status).toBe(200);
    expect(other.headers.get("etag")).not.toBe(etag);
    const added = await courseOf(ctx, trainer, { fields: { title: `Bystander training ${tag}` } });
    const after = await ctx.raw(undefined, "GET", path, undefined, { "if-none-match": etag });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    expect((await after.json()).items[0].courseId).toBe(added.courseId);
  });
});
