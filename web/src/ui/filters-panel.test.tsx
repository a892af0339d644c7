// @vitest-environment happy-dom
import { act, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderWithApp } from "../testing/render-with-app.tsx";
import { withSiteStyles } from "../testing/site-styles.ts";
import { FiltersPanel } from "./filters-panel.tsx";

// The site's own stylesheet decides which of title and toggle shows, and whether the
// folded body does (ui/filters-panel.tsx): what the queries below see is its verdict.
withSiteStyles();

/** The browser window's width in CSS pixels; the panel folds below 48rem (768px). */
const resize = (width: number) =>
  act(() => {
    (window as unknown as { happyDOM: { setViewport(v: object): void } }).happyDOM.setViewport({
      width,
    });
    // happy-dom recomputes styles after a change to the document, not after a resize,
    // where a browser recomputes them at once: mark the width on the document.
    document.body.dataset.width = String(width);
  });

afterEach(() => resize(1024));

function panel(active = 0) {
  const onClear = vi.fn();
  const title = active > 0 ? `Filters (${active} chosen)` : "Filters";
  const view = renderWithApp(
    <FiltersPanel title={title} active={active} clearLabel="Clear the filters" onClear={onClear}>
      <label>
        <input type="checkbox" /> Advanced
      </label>
    </FiltersPanel>,
  );
  return { onClear, ...view };
}

describe("FiltersPanel", () => {
  it("sits open beside the results on a wide screen, titled by its heading", () => {
    panel();
    expect(screen.getByRole("region", { name: "Filters" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "Filters" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Filters" })).toBeNull();
    expect(screen.getByRole("checkbox", { name: "Advanced" })).toBeTruthy();
  });

  it("offers to clear the filters only when some are chosen", async () => {
    panel();
    expect(screen.queryByRole("button", { name: "Clear the filters" })).toBeNull();
    const { onClear, user } = panel(2);
    expect(screen.getByRole("heading", { name: "Filters (2 chosen)" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Clear the filters" }));
    expect(onClear).toHaveBeenCalledOnce();
  });

  it("folds away behind its heading on a small screen, a button opening it", async () => {
    resize(400);
    const { user } = panel();
    const toggle = screen.getByRole("button", { name: "Filters" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("checkbox", { name: "Advanced" })).toBeNull();
    await user.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByRole("checkbox", { name: "Advanced" })).toBeTruthy();
    await user.click(toggle);
    expect(screen.queryByRole("checkbox", { name: "Advanced" })).toBeNull();
  });

  it("opens when the window widens", () => {
    resize(400);
    panel();
    expect(screen.queryByRole("checkbox", { name: "Advanced" })).toBeNull();
    resize(1024);
    expect(screen.getByRole("checkbox", { name: "Advanced" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Filters" })).toBeNull();
  });
});
