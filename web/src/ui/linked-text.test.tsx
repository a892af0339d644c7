// @vitest-environment happy-dom
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { LinkedText } from "./linked-text.tsx";

describe("LinkedText", () => {
  it("links http(s) addresses, leaves the trailing full stop as text and escapes the rest", () => {
    const { container } = render(
      <LinkedText
        text={'See https://example.org/agenda. <img src=x onerror="alert(1)"> javascript:alert(1)'}
      />,
    );
    const link = screen.getByRole("link", { name: "https://example.org/agenda" });
    expect(link.getAttribute("href")).toBe("https://example.org/agenda");
    expect(link.getAttribute("rel")).toContain("noopener");
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getAllByRole("link")).toHaveLength(1);
    expect(container.textContent).toContain('<img src=x onerror="alert(1)">');
  });

  it("keeps paragraphs apart", () => {
    const { container } = render(<LinkedText text={"One.\n\nTwo."} />);
    expect([...container.querySelectorAll("p")].map((p) => p.textContent)).toEqual([
      "One.",
      "Two.",
    ]);
  });
});
