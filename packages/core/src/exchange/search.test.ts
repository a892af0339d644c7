import { describe, expect, it } from "vitest";
import { withActor } from "../auth/index.ts";
import { VisibleError } from "../errors.ts";
import type { CatalogStore } from "./catalog-store.ts";
import type { StoredItem } from "./exchange-item.entity.ts";
import { publishedItem } from "./published-item.fixture.ts";
import { type SearchQuery, searchQuerySchema } from "./schemas.ts";
import { searchCatalog } from "./search.ts";

const NOW = new Date("2026-06-01T12:00:00.000Z");
const item = publishedItem;

/** The plain interface, over an array the test can grow. */
function fakeStore(items: StoredItem[]): CatalogStore {
  return { refresh: async () => {}, items: () => items };
}

const query = (raw: Record<string, unknown> = {}): SearchQuery => searchQuerySchema.parse(raw);
const member = {
  kind: "user" as const,
  subject: "sub-1",
  username: "reader",
  roles: [] as const,
};

describe("searchCatalog", () => {
  const youth = item({ kind: "initiative", themes: ["youth-work"], languages: ["da"] });
  const exit = item({
    kind: "experience",
    themes: ["exit-and-reintegration"],
    languages: ["nl", "en"],
    title: "Réintégration après la prison",
  });
  const toolkit = item({ kind: "resource", themes: ["education"], languages: ["en"] });
  const secret = item({ kind: "resource", themes: ["education"], visibility: "members" });
  const draft = item({ kind: "resource", status: "draft", title: "Réintégration draft" });
  const store = fakeStore([youth, exit, toolkit, secret, draft]);

  it("shows published items only, members-only ones to members only, newest first", () => {
    const anonymous = searchCatalog(store, query(), NOW);
    expect(anonymous.items.map((found) => found.itemId)).toEqual([
      toolkit.itemId,
      exit.itemId,
      youth.itemId,
    ]);
    const signedIn = withActor(member, () => searchCatalog(store, query(), NOW));
    expect(signedIn.items.map((found) => found.itemId)).toEqual([
      secret.itemId,
      toolkit.itemId,
      exit.itemId,
      youth.itemId,
    ]);
  });

  it("matches any value within a facet and every facet across", () => {
    expect(searchCatalog(store, query({ kind: "initiative,experience" }), NOW).total).toBe(2);
    const both = searchCatalog(
      store,
      query({ kind: ["resource", "experience"], language: "en" }),
      NOW,
    );
    expect(both.items.map((found) => found.itemId).sort()).toEqual(
      [exit.itemId, toolkit.itemId].sort(),
    );
    expect(searchCatalog(store, query({ theme: "victims-support" }), NOW).total).toBe(0);
  });

  it("counts each facet's values under the other filters, not its own", () => {
    const page = searchCatalog(store, query({ kind: "resource", language: "en" }), NOW);
    expect(page.total).toBe(1);
    // kind ignores kind=resource but keeps language=en: the experience and the toolkit.
    expect(page.facets.kind).toEqual({ experience: 1, resource: 1 });
    // language ignores language=en but keeps kind=resource: only the public toolkit.
    expect(page.facets.language).toEqual({ en: 1 });
    expect(page.facets.theme).toEqual({ education: 1 });
  });

  it("matches every keyword, whatever the case and accents, and never unpublished items", () => {
    const found = (q: string) =>
      searchCatalog(store, query({ q }), NOW).items.map((hit) => hit.itemId);
    expect(found("REINTEGRATION")).toEqual([exit.itemId]);
    expect(found("réintégration prison")).toEqual([exit.itemId]);
    expect(found("reintegration toolkit")).toEqual([]);
    expect(found("aarhus").length).toBe(3);
  });

  it("keeps a cursor stable when newer items arrive between pages", () => {
    const items = [item(), item(), item(), item()];
    const growing = fakeStore(items);
    const first = searchCatalog(growing, query({ limit: 2 }), NOW);
    items.push(item(), item());
    const second = searchCatalog(growing, query({ limit: 2, cursor: first.cursor }), NOW);
    const seen = [...first.items, ...second.items].map((hit) => hit.itemId);
    expect(seen).toEqual([items[3], items[2], items[1], items[0]].map((one) => one?.itemId));
    expect(second.cursor).toBeNull();
  });

  it("refuses a cursor it did not make, or one from another sort, as a 400 naming the cursor", () => {
    const page = searchCatalog(fakeStore([item(), item()]), query({ limit: 1 }), NOW);
    const failure = (raw: Record<string, unknown>) => {
      try {
        searchCatalog(store, query(raw), NOW);
      } catch (error) {
        return error as VisibleError;
      }
      throw new Error("expected a refusal");
    };
    for (const raw of [{ cursor: "not-a-cursor" }, { cursor: page.cursor, sort: "updated" }]) {
      const error = failure(raw);
      expect(error).toBeInstanceOf(VisibleError);
      expect(error.status).toBe(400);
      expect(error.fields.map((field) => field.field)).toEqual(["cursor"]);
    }
  });

  it("marks items neither updated nor reviewed for two years as outdated", () => {
    const old = item({
      updatedAt: "2023-01-01T00:00:00.000Z",
      publishedAt: "2023-01-01T00:00:00.000Z",
    });
    const reviewed = item({
      updatedAt: "2023-01-01T00:00:00.000Z",
      lastReviewedAt: "2025-12-01T00:00:00.000Z",
    });
    const page = searchCatalog(fakeStore([old, reviewed]), query({ sort: "updated" }), NOW);
    const outdated = Object.fromEntries(page.items.map((hit) => [hit.itemId, hit.outdated]));
    expect(outdated).toEqual({ [old.itemId]: true, [reviewed.itemId]: false });
  });
});
