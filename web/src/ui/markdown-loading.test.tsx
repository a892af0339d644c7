// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Markdown } from "./markdown.tsx";

afterEach(cleanup);

/*
 * In a DOM: Preact's synchronous server renderer does not render a Suspense fallback
 * (it asks for its asynchronous one), so the loading state is checked where it shows.
 */
describe("Markdown while its renderer loads", () => {
  it("shows the words at once as plain paragraphs, then the rendered text", async () => {
    const { container } = render(<Markdown text={"# Aim\n\nOne *line*\nand another."} />);
    expect(container.innerHTML).toBe(
      '<p class="plain-text"># Aim</p><p class="plain-text">One *line*\nand another.</p>',
    );
    expect((await screen.findByRole("heading", { name: "Aim" })).tagName).toBe("H3");
    expect(container.querySelector(".plain-text")).toBeNull();
  });
});
