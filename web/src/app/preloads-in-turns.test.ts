// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { yieldToBrowser } from "../ui/hydration-slices.tsx";
import { withPreloadsInTurns } from "./preloads-in-turns.ts";

/** What Vite's loader does before it imports a chunk: a link per dependency, in one go. */
function link(rel: string, href: string): HTMLLinkElement {
  const element = document.createElement("link");
  element.rel = rel;
  element.href = href;
  document.head.appendChild(element);
  return element;
}

const preloads = () =>
  [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((element) =>
    element.getAttribute("href"),
  );

afterEach(() => {
  document.head.replaceChildren();
});

describe("withPreloadsInTurns", () => {
  it("puts a chunk's modulepreloads in four per task, and anything else at once", async () => {
    const chunks = Array.from({ length: 10 }, (_, index) => `/assets/chunk-${index}.js`);
    const loaded = await withPreloadsInTurns(async () => {
      for (const href of chunks) link("modulepreload", href);
      link("alternate", "/feed.xml");
      return "module";
    });
    expect(loaded).toBe("module");
    expect(document.head.querySelectorAll('link[rel="alternate"]')).toHaveLength(1);
    // The load itself resolved before any link went in: nothing waits for them.
    expect(preloads()).toEqual([]);
    await yieldToBrowser();
    expect(preloads()).toEqual(chunks.slice(0, 4));
    await yieldToBrowser();
    expect(preloads()).toEqual(chunks.slice(0, 8));
    await yieldToBrowser();
    expect(preloads()).toEqual(chunks);
    // The head is itself again: a link added later goes in at once.
    expect(Object.hasOwn(document.head, "appendChild")).toBe(false);
    link("modulepreload", "/assets/later.js");
    expect(preloads()).toContain("/assets/later.js");
  });

  it("gives the head its own method back when the load throws", () => {
    expect(() =>
      withPreloadsInTurns(() => {
        throw new Error("no chunk");
      }),
    ).toThrow("no chunk");
    expect(Object.hasOwn(document.head, "appendChild")).toBe(false);
  });
});
