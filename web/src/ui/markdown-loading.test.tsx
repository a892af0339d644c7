// @vitest-environment happy-dom
import { cleanup, render } from "@testing-library/react";
import "../testing/test-i18n.ts"; // the app's i18n instance, as every page has it
import { afterEach, describe, expect, it } from "vitest";
import { Markdown, preloadMarkdown } from "./markdown.tsx";
import { markdownMark } from "./markdown-text.ts";

afterEach(cleanup);

/*
 * In a DOM, where the loading state shows: Preact's synchronous server
 * renderer does not render a Suspense fallback (decision 0100).
 */
// In this order: the renderer is not loaded before the first test, and stays loaded after.
describe("Markdown while its renderer loads", () => {
  it("shows the words at once as plain paragraphs", () => {
    const text = "# Aim\n\nOne *line*\nand another.";
    const { container } = render(<Markdown text={text} />);
    expect(container.innerHTML).toBe(
      `<div data-markdown="${markdownMark(text, 2)}"><p class="plain-text"># Aim</p><p class="plain-text">One *line*\nand another.</p></div>`,
    );
  });
});

describe("Markdown once its renderer is preloaded", () => {
  it("renders the text at once, not the plain paragraphs", async () => {
    await preloadMarkdown();
    const text = "# Aim\n\nOne *line*.";
    const { container } = render(<Markdown text={text} />);
    // In the first render, without suspending: the server's page has the rendered text.
    expect(container.innerHTML).toBe(
      `<div data-markdown="${markdownMark(text, 2)}"><h3>Aim</h3>\n<p>One <em>line</em>.</p></div>`,
    );
  });
});
