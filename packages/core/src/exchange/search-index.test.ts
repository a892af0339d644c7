import { describe, expect, it } from "vitest";
import { catalogEntry, type StoredItem } from "./exchange-item.entity.ts";
import { publishedItem } from "./published-item.fixture.ts";
import { type SearchQuery, searchQuerySchema } from "./schemas.ts";
import { searchCatalog } from "./search.ts";
import { createSearchIndex, loadSearchIndex } from "./search-index.ts";

const NOW = new Date("2026-06-01T12:00:00.000Z");
/** An English item, at its first version. */
const item = (overrides: Partial<StoredItem> = {}) =>
  publishedItem({ languages: ["en"], version: 1, ...overrides });

const store = (items: StoredItem[]) => ({
  refresh: async () => {},
  items: () => items,
});
const query = (raw: Record<string, unknown>): SearchQuery => searchQuerySchema.parse(raw);
const ids = (items: StoredItem[], raw: Record<string, unknown>) =>
  searchCatalog(store(items), query(raw), NOW).items.map((hit) => hit.itemId);

describe("the search index", () => {
  it("ranks a title match above a summary match, whatever their dates", () => {
    const inTitle = item({ title: "Mentoring in schools", summary: "A programme." });
    const inSummary = item({ title: "A programme", summary: "Mentoring in schools." });
    const items = [inTitle, inSummary];
    expect(ids(items, { q: "mentoring", sort: "relevance" })).toEqual([
      inTitle.itemId,
      inSummary.itemId,
    ]);
    // The default order stays newest first.
    expect(ids(items, { q: "mentoring" })).toEqual([inSummary.itemId, inTitle.itemId]);
  });

  it("finds plural and singular alike, with the stemmer of the item's language", () => {
    const french = item({ title: "Accompagnement des familles de détenus", languages: ["fr"] });
    const german = item({ title: "Mentoren an Schulen", languages: ["de"] });
    const dutch = item({ title: "Buurtwerkers in de wijken", languages: ["nl"] });
    const items = [french, german, dutch];
    expect(ids(items, { q: "famille détenu" })).toEqual([french.itemId]);
    expect(ids(items, { q: "Schule" })).toEqual([german.itemId]);
    expect(ids(items, { q: "wijk", language: "nl" })).toEqual([dutch.itemId]);
    // The query is stemmed in the languages asked for: German rules do not find the French item.
    expect(ids(items, { q: "familles", language: "de" })).toEqual([]);
  });

  it("tolerates a typo in longer words, not in short ones, and matches prefixes", () => {
    const probation = item({ title: "Probation officers and families" });
    const art = item({ title: "Art workshops" });
    const items = [probation, art];
    expect(ids(items, { q: "probaton" })).toEqual([probation.itemId]);
    expect(ids(items, { q: "famlies" })).toEqual([probation.itemId]);
    expect(ids(items, { q: "arc" })).toEqual([]);
    expect(ids(items, { q: "prob" })).toEqual([probation.itemId]);
    expect(ids(items, { q: "work" })).toEqual([art.itemId]);
  });

  it("needs every word, and searches tags and the city name too", () => {
    const tagged = item({ title: "Dialogue", tags: ["radicalisation"], cityName: "Aarhus" });
    const other = item({ title: "Dialogue", cityName: "Mechelen" });
    const items = [tagged, other];
    expect(ids(items, { q: "dialogue radicalisation" })).toEqual([tagged.itemId]);
    expect(ids(items, { q: "dialogue mechelen" })).toEqual([other.itemId]);
    expect(ids(items, { q: "dialogue", sort: "relevance" }).sort()).toEqual(
      [tagged.itemId, other.itemId].sort(),
    );
  });

  it("ignores the stop words of the languages searched, unless nothing else is asked", () => {
    const mentoring = item({ title: "Mentoring for the young", languages: ["en"] });
    const other = item({ title: "Sport clubs", languages: ["en"] });
    const items = [mentoring, other];
    // "the" and "of" are not indexed, so requiring them would find nothing.
    expect(ids(items, { q: "the mentoring of", language: "en" })).toEqual([mentoring.itemId]);
    expect(ids(items, { q: "the", language: "en" })).toEqual([]);
  });

  it("counts facets over the keyword's matches, each under the other facets' filters", () => {
    const items = [
      item({ title: "Sport for youth", kind: "initiative", languages: ["en"] }),
      item({ title: "Sport clubs", kind: "resource", languages: ["en", "fr"] }),
      item({ title: "Sport and prison", kind: "resource", languages: ["fr"] }),
      item({ title: "Theatre", kind: "resource", languages: ["en"] }),
    ];
    const page = searchCatalog(
      store(items),
      query({ q: "sport", kind: "resource", language: "en" }),
      NOW,
    );
    expect(page.total).toBe(1);
    expect(page.facets.kind).toEqual({ initiative: 1, resource: 1 });
    // language ignores language=en but keeps kind=resource and the keyword.
    expect(page.facets.language).toEqual({ en: 1, fr: 2 });
  });

  it("pages by relevance with a cursor, and without keywords sorts by publication", () => {
    const items = [
      item({ title: "Sport" }),
      item({ title: "Sport and sport again", summary: "Sport." }),
      item({ title: "Other", summary: "Sport." }),
    ];
    const all = ids(items, { q: "sport", sort: "relevance" });
    const first = searchCatalog(
      store(items),
      query({ q: "sport", sort: "relevance", limit: 2 }),
      NOW,
    );
    const second = searchCatalog(
      store(items),
      query({ q: "sport", sort: "relevance", limit: 2, cursor: first.cursor }),
      NOW,
    );
    expect([...first.items, ...second.items].map((hit) => hit.itemId)).toEqual(all);
    expect(all.at(-1)).toBe(items[2]?.itemId);
    expect(second.cursor).toBeNull();
    expect(ids(items, { sort: "relevance" })).toEqual(ids(items, {}));
  });

  it("indexes published items only, replaces an item's words, and survives a round trip", () => {
    const draft = item({ title: "Hidden draft", status: "draft" });
    const edited = item({ title: "Old words" });
    const index = createSearchIndex([draft, edited]);
    expect([...index.match("hidden").keys()]).toEqual([]);
    index.put({ ...edited, title: "New wording", version: 2 });
    expect([...index.match("old").keys()]).toEqual([]);
    const restored = loadSearchIndex(JSON.parse(JSON.stringify(index.toJSON())));
    expect([...restored.match("wording").keys()]).toEqual([edited.itemId]);
    restored.remove(edited.itemId);
    expect(restored.match("wording").size).toBe(0);
  });

  it("finds an item in each language it is translated into, and counts those languages", () => {
    const french = item({
      title: "Des éducateurs sportifs formés à la prévention",
      languages: ["fr"],
      translations: {
        de: {
          title: "Sporttrainer für Prävention geschult",
          summary: "Trainer lernen, Jugendliche zu erkennen.",
          description: "",
          updatedAt: NOW.toISOString(),
        },
      },
    });
    const other = item({ title: "Trainers in schools", languages: ["en"] });
    const entry = catalogEntry(french);
    expect(entry.translations).toEqual({
      de: {
        title: "Sporttrainer für Prävention geschult",
        summary: "Trainer lernen, Jugendliche zu erkennen.",
      },
    });
    // German stems ("Jugendlichen" → "jugend") in the translation's own language.
    expect(ids([french, other], { q: "Jugendlichen", language: "de" })).toEqual([french.itemId]);
    expect(ids([french, other], { q: "éducateur" })).toEqual([french.itemId]);
    const restored = loadSearchIndex(
      JSON.parse(JSON.stringify(createSearchIndex([entry]).toJSON())),
    );
    expect([...restored.match("Sporttrainer").keys()]).toEqual([french.itemId]);
    const page = searchCatalog(store([french, other]), query({ lang: "de" }), NOW);
    expect(page.facets.language).toEqual({ fr: 1, de: 1, en: 1 });
    expect(page.items.find((hit) => hit.itemId === french.itemId)).toMatchObject({
      title: "Sporttrainer für Prävention geschult",
      translatedFrom: "fr",
    });
  });
});
