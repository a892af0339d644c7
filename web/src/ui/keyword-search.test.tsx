// @vitest-environment happy-dom
import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderWithApp } from "../testing/render-with-app.tsx";
import { KeywordSearch } from "./keyword-search.tsx";

function search(initial = "") {
  const onSearch = vi.fn();
  const view = renderWithApp(
    <KeywordSearch
      initial={initial}
      onSearch={onSearch}
      labels={{ label: "Keywords", hint: "Words of the title or summary.", button: "Search" }}
    />,
  );
  return { onSearch, ...view, box: screen.getByRole("searchbox", { name: "Keywords" }) };
}

describe("KeywordSearch", () => {
  it("is a labelled search box with its hint read along, holding the current keyword", () => {
    const { box } = search("youth");
    expect((box as HTMLInputElement).value).toBe("youth");
    const hint = document.getElementById(box.getAttribute("aria-describedby") ?? "");
    expect(hint?.textContent).toBe("Words of the title or summary.");
    expect(box.getAttribute("maxlength")).toBe("200");
  });

  it("searches when submitted with Enter, not on each key", async () => {
    const { box, onSearch, user } = search();
    await user.type(box, "local prevention");
    expect(onSearch).not.toHaveBeenCalled();
    await user.keyboard("{Enter}");
    expect(onSearch).toHaveBeenCalledExactlyOnceWith("local prevention");
  });

  it("searches with the button, a cleared box asking for everything", async () => {
    const { box, onSearch, user } = search("youth");
    await user.clear(box);
    await user.click(screen.getByRole("button", { name: "Search" }));
    expect(onSearch).toHaveBeenCalledExactlyOnceWith("");
  });
});
