import type { Core } from "@alliance/core";
import { describe, expect, it } from "vitest";
import { testApp } from "../test-app.ts";

const ITEM_ID = "xch_01J9ZC3V6D8R1F3W5S9K2M4N7P";
const contributor = {
  authorization: "Bearer user.c1.contributor",
  "content-type": "application/json",
};

/** The app over a core that records what reaches it and answers a plain item. */
function recordingApp() {
  const reached: unknown[] = [];
  const item = (input: object) => ({ itemId: ITEM_ID, version: 1, ...input });
  const record = <T>(input: unknown, answer: T) => {
    reached.push(input);
    return answer;
  };
  const core = {
    exchange: {
      items: {
        create: async (input: object) => record(input, item(input)),
        get: async (itemId: string) => record(itemId, item({})),
      },
      search: async (query: object) =>
        record(query, { items: [], cursor: null, total: 0, facets: {} }),
    },
  } as unknown as Core;
  return { app: testApp({ core }), reached };
}

const create = (app: ReturnType<typeof testApp>, body: string) =>
  app.request("/api/exchange/items", { method: "POST", headers: contributor, body });

async function expectRefused(response: Response, field: string, message: RegExp) {
  expect(response.status).toBe(400);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  const problem = await response.json();
  expect(problem.errors).toContainEqual({ field, message: expect.stringMatching(message) });
}

const CONTROL = /control characters/;
const SURROGATE = /lone surrogate/;

describe("text no field may hold (NUL, other control characters, lone surrogates)", () => {
  it("refuses NUL in a top-level body field, naming it", async () => {
    const { app, reached } = recordingApp();
    await expectRefused(
      await create(app, JSON.stringify({ kind: "resource", title: "A\u0000guide" })),
      "title",
      CONTROL,
    );
    expect(reached).toEqual([]);
  });

  it("refuses a lone surrogate in a nested field and in an array item, naming each", async () => {
    const { app, reached } = recordingApp();
    // JSON.stringify writes a lone surrogate as its \\u escape, as any client may.
    const body = JSON.stringify({
      kind: "resource",
      title: "A guide",
      contact: { name: "Mette \ud800", role: "Lead", email: "" },
      tags: ["youth", "x\udc00y"],
    });
    const response = await create(app, body);
    await expectRefused(response.clone(), "contact.name", SURROGATE);
    await expectRefused(response, "tags.1", SURROGATE);
    expect(reached).toEqual([]);
  });

  it("refuses other C0 and C1 control characters, but keeps tab and line breaks", async () => {
    const { app } = recordingApp();
    for (const control of ["\u0001", "\u001b[31m", "\u007f", "\u0085", "\u009b"]) {
      const body = JSON.stringify({ kind: "resource", title: "A guide", summary: `x${control}y` });
      await expectRefused(await create(app, body), "summary", CONTROL);
    }
    const layout = JSON.stringify({
      kind: "resource",
      title: "A guide",
      description: "One\tTwo\r\nThree\n",
    });
    expect((await create(app, layout)).status).toBe(201);
  });

  it("refuses a field name holding NUL, naming it printably", async () => {
    const { app, reached } = recordingApp();
    const response = await create(
      app,
      '{"kind":"resource","title":"A guide","contact":{"na\\u0000me":"x"}}',
    );
    expect(response.status).toBe(400);
    const fields = (await response.json()).errors.map((error: { field: string }) => error.field);
    expect(fields).toContain("contact.na\uFFFDme");
    expect(fields.join("")).not.toContain("\u0000");
    expect(reached).toEqual([]);
  });

  it("refuses NUL in the query, naming the parameter", async () => {
    const { app, reached } = recordingApp();
    await expectRefused(await app.request("/api/exchange/items?q=mentors%00"), "q", CONTROL);
    await expectRefused(
      await app.request("/api/exchange/items?q=%E2%82%AC&q=a%00"),
      "q.1",
      CONTROL,
    );
    // A parameter the route does not declare still may not carry NUL.
    await expectRefused(
      await app.request("/api/exchange/items?debug%00=1"),
      "debug\uFFFD",
      CONTROL,
    );
    expect(reached).toEqual([]);
  });

  it("refuses NUL in a path parameter once decoded, naming the parameter", async () => {
    const { app, reached } = recordingApp();
    await expectRefused(await app.request(`/api/exchange/items/${ITEM_ID}%00`), "itemId", CONTROL);
    expect(reached).toEqual([]);
  });

  it("refuses NUL in the body before looking at it when the caller may not call the route", async () => {
    const { app } = recordingApp();
    const anonymous = await app.request("/api/exchange/items", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ kind: "resource", title: "\u0000" }),
    });
    expect(anonymous.status).toBe(401);
  });

  it("walks a deeply nested body without exhausting the stack", async () => {
    const { app } = recordingApp();
    const depth = 1_000_000;
    const body = `{"kind":"resource","title":"A guide","tags":${"[".repeat(depth)}"\u0000"${"]".repeat(depth)}}`;
    const response = await create(app, body);
    expect(response.status).toBe(400);
    expect((await response.json()).errors.length).toBeGreaterThan(0);
  });

  it("lets emoji, right-to-left text and every script through unchanged", async () => {
    const { app, reached } = recordingApp();
    const texts = {
      title: "👩🏽‍🚒 Pompières du quartier 🇫🇷",
      summary: "مرحبا بكم في البرنامج \u200fשלום\u200e",
      description: "Ελληνικά · ქართული · Україна · 中文 · हिन्दी · 🏳️‍⚧️ · e\u0301",
    };
    const response = await create(app, JSON.stringify({ kind: "resource", ...texts }));
    expect(response.status).toBe(201);
    expect(reached).toEqual([expect.objectContaining(texts)]);
    const search = await app.request(`/api/exchange/items?q=${encodeURIComponent("مرحبا 👩🏽‍🚒")}`);
    expect(search.status).toBe(200);
    expect(reached[1]).toMatchObject({ q: "مرحبا 👩🏽‍🚒" });
  });
});
