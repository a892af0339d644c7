// @vitest-environment happy-dom
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import {
  answerProblem,
  answerRequests,
  pendingAnswer,
  type SentRequest,
} from "../testing/api-answers.ts";
import { renderWithApp } from "../testing/render-with-app.tsx";
import {
  catalogueOf,
  cataloguePage,
  SAMPLE_LIST,
  SampleListPage,
} from "../testing/sample-list-page.tsx";

const titles = ["Basics", "Cases", "Deeper", "Evidence", "Funding"];
const shown = () =>
  within(screen.getByRole("region", { name: "Results" }))
    .queryAllByRole("listitem")
    .map((item) => item.textContent);
const more = () => screen.getByRole("button", { name: "Show more courses" });

/** The sample list; the API answers with `answer`, else the catalogue of `titles`. */
function list(answer?: (call: SentRequest) => Response | Promise<Response> | undefined, path = "") {
  const catalogue = catalogueOf(titles);
  const calls = answerRequests((call) => answer?.(call) ?? catalogue(call));
  return {
    calls,
    ...renderWithApp(<SampleListPage />, { route: SAMPLE_LIST, path: SAMPLE_LIST + path }),
  };
}

describe("PagedResults", () => {
  it("says the results are loading, then shows the first page", async () => {
    const first = pendingAnswer();
    list((call) => (call.url.searchParams.has("cursor") ? undefined : first.response));
    expect(screen.getByRole("status").textContent).toBe("Loading the courses…");
    first.resolve(cataloguePage(titles, 0, 2));
    await waitFor(() => expect(shown()).toEqual(["Basics", "Cases"]));
  });

  it("loads the next page after the cursor when asked, until there is none", async () => {
    const { calls, user } = list();
    await waitFor(() => expect(shown()).toEqual(["Basics", "Cases"]));
    await user.click(more());
    await waitFor(() => expect(shown()).toHaveLength(4));
    expect(calls[1]?.url.searchParams.get("cursor")).toBe("2");
    expect(calls[1]?.url.searchParams.get("limit")).toBe("2");
    await user.click(more());
    await waitFor(() => expect(shown()).toEqual(titles));
    expect(calls[2]?.url.searchParams.get("cursor")).toBe("4");
    expect(screen.queryByRole("button", { name: "Show more courses" })).toBeNull();
  });

  it("says more are loading and takes no second press meanwhile", async () => {
    const next = pendingAnswer();
    const { calls, user } = list((call) =>
      call.url.searchParams.has("cursor") ? next.response : undefined,
    );
    await waitFor(() => expect(shown()).toHaveLength(2));
    await user.click(more());
    const loading = screen.getByRole("button", { name: "Loading more courses…" });
    expect(loading.getAttribute("aria-disabled")).toBe("true");
    await user.click(loading);
    expect(calls).toHaveLength(2);
    next.resolve(cataloguePage(titles, 2, 2));
    await waitFor(() => expect(shown()).toHaveLength(4));
  });

  it("keeps what came when the next page fails, and Try again asks for that page", async () => {
    let failed = false;
    const { calls, user } = list((call) => {
      if (!call.url.searchParams.has("cursor") || failed) return undefined;
      failed = true;
      return answerProblem(503, "unavailable");
    });
    await waitFor(() => expect(shown()).toHaveLength(2));
    await user.click(more());
    expect((await screen.findByRole("alert")).textContent).toContain("Something went wrong");
    expect(shown()).toEqual(["Basics", "Cases"]);
    await user.click(screen.getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(shown()).toHaveLength(4));
    expect(calls.at(-1)?.url.searchParams.get("cursor")).toBe("2");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("says why the first page failed, with no list", async () => {
    list(() => answerProblem(500, "internal"));
    expect((await screen.findByRole("alert")).textContent).toContain("Something went wrong");
    expect(shown()).toEqual([]);
    expect(screen.queryByRole("button", { name: "Show more courses" })).toBeNull();
  });

  it("says nothing matched, offering the whole list only when something narrowed it", async () => {
    list(() => cataloguePage([]), "?level=advanced");
    expect(await screen.findByText("No course matches.")).toBeTruthy();
    expect(screen.getByRole("link", { name: "See all courses" }).getAttribute("href")).toBe(
      SAMPLE_LIST,
    );
  });

  it("offers no way back when nothing narrowed the list", async () => {
    list(() => cataloguePage([]));
    expect(await screen.findByText("No course matches.")).toBeTruthy();
    expect(screen.queryByRole("link", { name: "See all courses" })).toBeNull();
  });
});
