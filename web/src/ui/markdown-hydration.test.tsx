// @vitest-environment happy-dom
import { QueryClient } from "@tanstack/react-query";
import { act, cleanup, render } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { withAppProviders } from "../testing/app-providers.tsx";
import { renderStatic } from "../testing/render-static.tsx";
import { i18n } from "../testing/test-i18n.ts";
import { Markdown, preloadMarkdown, serverMarkdownUntil } from "./markdown.tsx";

/** How many times the renderer proper rendered a text in this file. */
const renders = vi.hoisted(() => ({ count: 0 }));

vi.mock("./markdown-renderer.tsx", async (original) => {
  const module = await original<typeof import("./markdown-renderer.tsx")>();
  const Renderer = module.default;
  return {
    ...module,
    default: (props: import("./markdown-renderer.tsx").MarkdownRendererProps) => {
      renders.count++;
      return <Renderer {...props} />;
    },
  };
});

afterEach(() => {
  cleanup();
  void i18n.changeLanguage("en");
});

const TEXT = "# Aim\n\nSee [the site](https://example.org/a) and *more*.";

const inApp = (node: ReactNode) =>
  withAppProviders(node, { lng: "en", queryClient: new QueryClient() });

/** The page as the server sent it: the text rendered by the renderer, in its marked element. */
async function serverPage(text: string): Promise<HTMLElement> {
  await preloadMarkdown();
  const container = document.createElement("div");
  container.innerHTML = renderStatic(<Markdown text={text} />);
  document.body.append(container);
  renders.count = 0;
  return container;
}

/** Runs `hydrate` as main.tsx does: the page's Markdown is served until hydration is done. */
async function hydrateWithServerMarkdown(hydrate: () => void) {
  let done = () => {};
  serverMarkdownUntil(new Promise<void>((resolve) => (done = resolve)));
  try {
    hydrate();
  } finally {
    done();
  }
  await act(() => Promise.resolve());
}

describe("Markdown in a page the server rendered", () => {
  it("hydrates with the server's HTML: the same elements, the renderer not run", async () => {
    const container = await serverPage(TEXT);
    const served = container.innerHTML;
    expect(served).toContain("<h3>Aim</h3>");
    const heading = container.querySelector("h3");
    const link = container.querySelector("a");

    await hydrateWithServerMarkdown(() => {
      render(inApp(<Markdown text={TEXT} />), { container, hydrate: true });
    });
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));

    expect(renders.count).toBe(0);
    expect(container.innerHTML).toBe(served);
    expect(container.querySelector("h3")).toBe(heading);
    expect(container.querySelector("a")).toBe(link);
  });

  it("renders the text with the renderer once it changes, or the language does", async () => {
    const container = await serverPage(TEXT);
    let rerender: ((node: ReactNode) => void) | undefined;
    await hydrateWithServerMarkdown(() => {
      ({ rerender } = render(inApp(<Markdown text={TEXT} />), { container, hydrate: true }));
    });
    expect(renders.count).toBe(0);

    // The external link's label follows the interface language.
    await act(() => i18n.changeLanguage("fr"));
    expect(renders.count).toBeGreaterThan(0);
    expect(container.querySelector("a")?.textContent).toBe("the site (autre site)");

    rerender?.(inApp(<Markdown text={"# Goal\n\nOther words."} />));
    expect(container.querySelector("h3")?.textContent).toBe("Goal");
    expect(container.textContent).not.toContain("Aim");
  });

  it("keeps serving the server's HTML to a slice that hydrates in a later task", async () => {
    const container = await serverPage(TEXT);
    const served = container.innerHTML;
    let done = () => {};
    serverMarkdownUntil(new Promise<void>((resolve) => (done = resolve)));
    await new Promise((resolve) => setTimeout(resolve, 0));
    render(inApp(<Markdown text={TEXT} />), { container, hydrate: true });
    done();
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(renders.count).toBe(0);
    expect(container.innerHTML).toBe(served);
  });

  it("takes nothing from the page outside a hydration: a new text is rendered", async () => {
    const page = await serverPage(TEXT);
    const { container } = render(inApp(<Markdown text={TEXT} />));
    expect(renders.count).toBeGreaterThan(0);
    expect(container.innerHTML).toBe(page.innerHTML);
  });

  it("marks the element that holds the text by the text and its level", async () => {
    await preloadMarkdown();
    const mark = (text: string, headingLevel?: number) =>
      /data-markdown="([^"]+)"/.exec(
        renderStatic(<Markdown text={text} headingLevel={headingLevel} />),
      )?.[1];
    expect(mark("Some text")).toBe(mark("Some text"));
    expect(mark("Some text")).not.toBe(mark("Some text."));
    expect(mark("Some text")).not.toBe(mark("Some text", 3));
  });
});
