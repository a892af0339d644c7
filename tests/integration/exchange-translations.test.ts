import type { ApiClient } from "@alliance/api/client";
import { DEMO_CITIES } from "@alliance/dev";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type Caller,
  ifMatch,
  problemOf,
  type TestContext,
  testContext,
} from "./support/context.ts";
import { itemIn } from "./support/exchange-fixtures.ts";

const [aarhus, rotterdam] = DEMO_CITIES;
let ctx: TestContext;
let contributor: Caller;
let otherCity: Caller;
let admin: Caller;
let member: Caller;

beforeAll(async () => {
  ctx = await testContext();
  [contributor, otherCity, admin, member] = await Promise.all([
    ctx.newUser({ groups: ["contributor"], cityId: aarhus?.cityId }),
    ctx.newUser({ groups: ["contributor"], cityId: rotterdam?.cityId }),
    ctx.newUser({ groups: ["admin"] }),
    ctx.newUser(),
  ]);
});

type Item = ApiClient["api"]["exchange"]["items"][":itemId"];
type Language = Parameters<Item["translations"][":language"]["$put"]>[0]["param"]["language"];
const item = (caller: Caller | undefined): Item => ctx.api(caller).api.exchange.items[":itemId"];
const put = (
  caller: Caller,
  itemId: string,
  language: Language,
  version: number,
  json: { title: string; summary: string; description: string },
) =>
  item(caller).translations[":language"].$put({
    param: { itemId, language },
    json,
    header: ifMatch(version),
  });
const remove = (caller: Caller, itemId: string, language: Language, version: number) =>
  item(caller).translations[":language"].$delete({
    param: { itemId, language },
    header: ifMatch(version),
  });
const read = async (caller: Caller | undefined, itemId: string, lang?: "de" | "da" | "fr") => {
  const response = await item(caller).$get({ query: lang ? { lang } : {}, param: { itemId } });
  expect(response.status).toBe(200);
  return response.json();
};

/** A word no other test uses, so a search for it finds only this test's item. */
const word = (name: string) =>
  `${name}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

const GERMAN = (marker: string) => ({
  title: `Mentoren für Jugendliche ${marker}`,
  summary:
    "Geschulte Freiwillige aus dem Viertel treffen junge Menschen, die die Schule verlassen haben.",
  description:
    "Sozialdienste, Schulen und zwei Jugendverbände führen das Programm gemeinsam durch.",
});

describe("translations of an exchange item", () => {
  it("are added, changed and removed on a draft by its city, at its version", async () => {
    const { itemId, version } = await itemIn(ctx, "draft", contributor, admin);
    const added = await put(contributor, itemId, "de", version, GERMAN("a"));
    expect(added.status).toBe(200);
    expect(added.headers.get("etag")).toBe(`"${version + 1}"`);
    const body = await added.json();
    expect(body.translations).toEqual([
      expect.objectContaining({ language: "de", title: "Mentoren für Jugendliche a" }),
    ]);
    // Without `lang` the item reads in its own language.
    expect(body.title).toBe("Neighbourhood mentors for young people leaving school early");

    const stale = await put(contributor, itemId, "de", version, GERMAN("b"));
    expect(stale.status).toBe(412);

    const changed = await put(contributor, itemId, "de", version + 1, GERMAN("b"));
    expect((await changed.json()).translations[0]?.title).toBe("Mentoren für Jugendliche b");
    const removed = await remove(contributor, itemId, "de", version + 2);
    expect(removed.status).toBe(200);
    expect((await removed.json()).translations).toEqual([]);
    const again = await remove(contributor, itemId, "de", version + 3);
    expect(again.status).toBe(404);
    expect((await problemOf(again)).code).toBe("translation-not-found");
  });

  it("are validated as the item's own fields, and never in its own language", async () => {
    const { itemId, version } = await itemIn(ctx, "draft", contributor, admin);
    const short = await put(contributor, itemId, "de", version, { ...GERMAN("c"), title: " x " });
    expect(short.status).toBe(400);
    expect((await problemOf(short)).errors?.map((error) => error.field)).toContain("title");
    const long = await put(contributor, itemId, "fr", version, {
      ...GERMAN("c"),
      summary: "a".repeat(601),
    });
    expect((await problemOf(long)).errors?.map((error) => error.field)).toContain("summary");
    // The fixture's first language is Danish: that is the original, not a translation.
    const own = await put(contributor, itemId, "da", version, GERMAN("c"));
    expect(own.status).toBe(400);
    expect((await problemOf(own)).errors?.map((error) => error.field)).toEqual(["language"]);
    const unknown = await ctx.raw(
      contributor,
      "PUT",
      `/api/exchange/items/${itemId}/translations/it`,
      GERMAN("c"),
      {
        "if-match": `"${version}"`,
      },
    );
    expect(unknown.status).toBe(400);
    expect((await read(contributor, itemId)).version).toBe(version);
  });

  it("answer 404 to those who cannot see the item and 403 to readers who may not change it", async () => {
    const draft = await itemIn(ctx, "draft", contributor, admin);
    expect((await put(otherCity, draft.itemId, "de", draft.version, GERMAN("d"))).status).toBe(404);
    const published = await itemIn(ctx, "published", contributor, admin);
    const refused = await put(otherCity, published.itemId, "de", published.version, GERMAN("d"));
    expect(refused.status).toBe(403);
    expect((await put(member, published.itemId, "de", published.version, GERMAN("d"))).status).toBe(
      403,
    );
  });

  it("of a published item wait in its revision until approved, then readers see them in their language", async () => {
    const marker = word("gemeinsam");
    const { itemId, version } = await itemIn(ctx, "published", contributor, admin);
    const proposed = await (await put(contributor, itemId, "de", version, GERMAN(marker))).json();
    expect(proposed.translations).toEqual([]);
    expect(proposed.revision?.translations.map((t) => t.language)).toEqual(["de"]);
    const before = await read(undefined, itemId, "de");
    expect(before.translatedFrom).toBeNull();
    expect(await titlesFor(marker)).toEqual([]);

    await item(contributor).submit.$post({ param: { itemId }, header: ifMatch(version + 1) });
    const approved = await item(admin).review.$post({
      param: { itemId },
      json: { decision: "approve" },
      header: ifMatch(version + 2),
    });
    expect(approved.status).toBe(200);

    const german = await read(undefined, itemId, "de");
    expect(german).toMatchObject({
      title: `Mentoren für Jugendliche ${marker}`,
      description: GERMAN(marker).description,
      translatedFrom: "da",
      translatedInto: ["de"],
    });
    // Asking in its own language, or in one it has no translation into, gives the original.
    expect((await read(undefined, itemId, "da")).translatedFrom).toBeNull();
    expect((await read(undefined, itemId, "fr")).title).toMatch(/^Neighbourhood mentors/);

    const found = await ctx.api(member).api.exchange.items.$get({
      query: { q: `jugendlichen ${marker}`, lang: "de" },
    });
    const page = await found.json();
    expect(page.items.map((hit) => [hit.title, hit.translatedFrom])).toEqual([
      [`Mentoren für Jugendliche ${marker}`, "da"],
    ]);
    expect(page.facets.language).toEqual({ da: 1, en: 1, de: 1 });
    const filtered = await ctx.api(member).api.exchange.items.$get({
      query: { q: marker, language: "de" },
    });
    expect((await filtered.json()).total).toBe(1);
  });

  it("of a published item by an administrator go live at once", async () => {
    const marker = word("verbaende");
    const { itemId, version } = await itemIn(ctx, "published", contributor, admin);
    const saved = await put(admin, itemId, "fr", version, {
      title: `Des mentors pour les jeunes ${marker}`,
      summary: "Des bénévoles formés rencontrent les jeunes qui ont quitté l'école.",
      description: "Les services sociaux et les écoles mènent le programme ensemble.",
    });
    expect(saved.status).toBe(200);
    expect((await read(undefined, itemId, "fr")).translatedFrom).toBe("da");
    expect(await titlesFor(`mentor ${marker}`)).toEqual([
      `Neighbourhood mentors for young people leaving school early`,
    ]);
  });
});

async function titlesFor(q: string): Promise<string[]> {
  const response = await ctx.api(undefined).api.exchange.items.$get({ query: { q } });
  return (await response.json()).items.map((hit) => hit.title);
}
