// @vitest-environment happy-dom
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Markdown, MarkdownNotes, preloadMarkdown } from "./markdown.tsx";

afterEach(cleanup);

/*
 * In a DOM, where the loading state shows: Preact's synchronous server
 * renderer does not render a Suspense fallback (decision 0100).
 */
// In this order: the renderer is not loaded before the first test, and stays loaded after.
describe("Markdown while its renderer loads", () => {
  it("shows the words at once as plain paragraphs", () => {
    const { container } = render(<Markdown text={"# Aim\n\nOne *line*\nand another."} />);
    expect(container.innerHTML).toBe(
      '<p class="plain-text"># Aim</p><p class="plain-text">One *line*\nand another.</p>',
    );
  });
});

describe("Markdown once its renderer is preloaded", () => {
  it("renders the text at once, not the plain paragraphs, and notes that it showed Markdown", async () => {
    await preloadMarkdown();
    const notes = { rendered: false };
    const { container } = render(
      <MarkdownNotes value={notes}>
        <Markdown text={"# Aim\n\nOne *line*."} />
      </MarkdownNotes>,
    );
    // In the first render, without suspending: hydration finds the server's markup.
    expect(container.innerHTML).toBe("<h3>Aim</h3>\n<p>One <em>line</em>.</p>");
    expect(notes.rendered).toBe(true);
  });
});
