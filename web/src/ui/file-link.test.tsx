// @vitest-environment happy-dom
import { screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { api } from "../api/client.ts";
import { answerJson, answerProblem, answerRequests, TEST_TOKEN } from "../testing/api-answers.ts";
import { renderWithApp } from "../testing/render-with-app.tsx";
import { FileLink } from "./file-link.tsx";

const href = "/api/exchange/items/xch_1/attachments/att_1";

/** An item's file, as the exchange links it. */
function link(tokenless = false) {
  return renderWithApp(
    <FileLink
      href={href}
      download="guide.pdf"
      tokenless={tokenless}
      requestLink={() =>
        api.api.exchange.items[":itemId"].attachments[":attachmentId"].$get({
          param: { itemId: "xch_1", attachmentId: "att_1" },
          query: { as: "link" },
        })
      }
      failedText="The file could not be downloaded."
    >
      guide.pdf
    </FileLink>,
  );
}

// Whether the browser would have followed the link itself; the test page never leaves.
let followed: boolean | undefined;
const follow = (event: MouseEvent) => {
  followed = !event.defaultPrevented;
  event.preventDefault();
};
beforeEach(() => {
  followed = undefined;
  window.addEventListener("click", follow);
});
afterEach(() => {
  window.removeEventListener("click", follow);
  vi.restoreAllMocks();
});

describe("FileLink", () => {
  it("asks the API for the file's address with the person's token, then goes there", async () => {
    const assign = vi.spyOn(window.location, "assign").mockImplementation(() => {});
    const calls = answerRequests(() =>
      answerJson({ url: "https://files.example/guide.pdf?sig=1" }),
    );
    const { user } = link();
    const file = screen.getByRole("link", { name: "guide.pdf" });
    expect(file.getAttribute("href")).toBe(href);
    await user.click(file);
    await waitFor(() =>
      expect(assign).toHaveBeenCalledWith("https://files.example/guide.pdf?sig=1"),
    );
    expect(followed).toBe(false);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url.pathname).toBe(href);
    expect(calls[0]?.url.searchParams.get("as")).toBe("link");
    expect(calls[0]?.headers.get("authorization")).toBe(`Bearer ${TEST_TOKEN}`);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it.each([
    ["an error", () => answerProblem(404, "not-found")],
    ["an answer without an address", () => answerJson({})],
  ])("says the file could not be had after %s, until a try works", async (_, failure) => {
    const assign = vi.spyOn(window.location, "assign").mockImplementation(() => {});
    const calls = answerRequests(() =>
      calls.length === 1 ? failure() : answerJson({ url: "https://f.example/g" }),
    );
    const { user } = link();
    const file = screen.getByRole("link", { name: "guide.pdf" });

    await user.click(file);
    expect((await screen.findByRole("alert")).textContent).toContain(
      "The file could not be downloaded.",
    );
    expect(assign).not.toHaveBeenCalled();
    await user.click(file);
    await waitFor(() => expect(assign).toHaveBeenCalledWith("https://f.example/g"));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("is a plain link when there is no token to carry (signed out)", async () => {
    const calls = answerRequests(() => answerJson({}));
    const { user } = link(true);
    await user.click(screen.getByRole("link", { name: "guide.pdf" }));
    expect(followed).toBe(true);
    expect(calls).toHaveLength(0);
  });
});
