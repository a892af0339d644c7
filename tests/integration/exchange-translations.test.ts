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

  it("are marked out of date when the original's text changes, until they are saved again", async () => {
    const { itemId, version } = await itemIn(ctx, "draft", contributor, admin);
    const made = await (await put(contributor, itemId, "de", version, GERMAN("e"))).json();
    expect(made.translations[0]?.originalChanged).toBe(false);
    // Another field (not title, summary or description) leaves it current.
    const tagged = await item(contributor).$patch({
      param: { itemId },
      json: { tags: ["mentoring"] },
      header: ifMatch(version + 1),
    });
    expect((await tagged.json()).translations[0]?.originalChanged).toBe(false);
    const edited = await item(contributor).$patch({
      param: { itemId },
      json: { summary: "Trained volunteers meet young people who left school, every week." },
      header: ifMatch(version + 2),
    });
    expect(edited.status).toBe(200);
    expect((await edited.json()).translations).toEqual([
      expect.objectContaining({ language: "de", originalChanged: true }),
    ]);
    // Saving the translation again makes it from the text as it now reads.
    const updated = await (await put(contributor, itemId, "de", version + 3, GERMAN("f"))).json();
    expect(updated.translations[0]).toMatchObject({
      title: "Mentoren für Jugendliche f",
      originalChanged: false,
    });
    // The stored attribute stays the server's: the API never shows it.
    expect(JSON.stringify(updated)).not.toContain("madeFrom");
  });

  it("of a published item tell readers the original changed since, and the city's revision which to update", async () => {
    const { itemId, version } = await itemIn(ctx, "published", contributor, admin);
    await put(admin, itemId, "de", version, GERMAN("g"));
    const current = await read(member, itemId, "de");
    expect(current).toMatchObject({ translatedFrom: "da", originalChangedSinceTranslation: false });

    // The city revises the description: its revision's German translation needs an update,
    // while readers still see the published text and its current translation.
    const revised = await item(contributor).$patch({
      param: { itemId },
      json: { description: "Social services, schools and three youth organisations run it." },
      header: ifMatch(version + 1),
    });
    const proposal = await revised.json();
    expect(proposal.revision?.translations).toEqual([
      expect.objectContaining({ language: "de", originalChanged: true }),
    ]);
    expect(proposal.translations[0]?.originalChanged).toBe(false);
    expect((await read(member, itemId, "de")).originalChangedSinceTranslation).toBe(false);

    await item(contributor).submit.$post({ param: { itemId }, header: ifMatch(version + 2) });
    await item(admin).review.$post({
      param: { itemId },
      json: { decision: "approve" },
      header: ifMatch(version + 3),
    });
    const german = await read(member, itemId, "de");
    expect(german).toMatchObject({
      title: "Mentoren für Jugendliche g",
      translatedFrom: "da",
      originalChangedSinceTranslation: true,
    });
    expect(german.translations[0]?.originalChanged).toBe(true);
    // Read in the original, nothing is said to be out of date.
    expect((await read(member, itemId)).originalChangedSinceTranslation).toBe(false);

    // An administrator's update goes live and clears the mark.
    await put(admin, itemId, "de", version + 4, GERMAN("h"));
    expect(await read(member, itemId, "de")).toMatchObject({
      title: "Mentoren für Jugendliche h",
      originalChangedSinceTranslation: false,
    });
  });
});

async function titlesFor(q: string): Promise<string[]> {
  const response = await ctx.api(undefined).api.exchange.items.$get({ query: { q } });
  return (await response.json()).items.map((hit) => hit.title);
}
