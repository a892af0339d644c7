// @vitest-environment happy-dom
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Markdown } from "./markdown.tsx";

afterEach(cleanup);

/*
 * In a DOM, where the loading state shows: unlike React's, Preact's synchronous server
 * renderer does not render a Suspense fallback (decision 0100).
 */
describe("Markdown while its renderer loads", () => {
  it("shows the words at once as plain paragraphs", () => {
    const { container } = render(<Markdown text={"# Aim\n\nOne *line*\nand another."} />);
    expect(container.innerHTML).toBe(
      '<p class="plain-text"># Aim</p><p class="plain-text">One *line*\nand another.</p>',
    );
  });
});
