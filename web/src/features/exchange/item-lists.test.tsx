// @vitest-environment happy-dom
import type { ItemSummary, SearchPage } from "@alliance/core/web";
import { screen, waitFor, within } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import {
  answerJson,
  answerProblem,
  answerRequests,
  type SentRequest,
} from "../../testing/api-answers.ts";
import { announcements, renderWithApp } from "../../testing/render-with-app.tsx";
import { AuthProvider } from "../auth/index.ts";
import { ExchangePage } from "./exchange-page.tsx";
import { MyCityPage } from "./my-city-page.tsx";
import { SavedPage } from "./saved-page.tsx";

const item: ItemSummary = {
  itemId: "xch_1",
  kind: "initiative",
  status: "published",
  title: "One front door",
  summary: "",
  cityId: "cty_1",
  cityName: "Aarhus",
  country: "DK",
  themes: [],
  targetGroups: [],
  stakeholders: [],
  languages: ["en"],
  evidenceLevel: "self-assessed",
  tags: [],
  visibility: "public",
  updatedAt: "2026-03-01T10:00:00.000Z",
  lastReviewedAt: null,
  publishedAt: "2026-03-01T10:00:00.000Z",
  outdated: false,
  revisionStatus: null,
  fromFormerMember: false,
  translatedFrom: null,
  translatedInto: [],
};

const searchPage: SearchPage = {
  items: [item],
  cursor: null,
  total: 1,
  facets: {
    kind: {},
    theme: {},
    targetGroup: {},
    stakeholder: {},
    country: {},
    language: {},
    evidence: {},
  },
};

/** `page` with the API answering `answer` (its search and lists otherwise hold `item`). */
function open(
  page: ReactNode,
  answer: (call: SentRequest) => Response | undefined = () => undefined,
  lng: "en" | "fr" = "en",
) {
  const calls = answerRequests((call) => {
    const given = answer(call);
    if (given) return given;
    if (call.url.pathname === "/api/exchange/items") return answerJson(searchPage);
    if (call.url.pathname === "/api/me/city-items")
      return answerJson({ items: [item], cursor: null });
    if (call.url.pathname === "/api/me/bookmarks") return answerJson({ items: [item] });
    return answerProblem(404, "not-found");
  });
  return { calls, ...renderWithApp(page, { lng, wrapper: AuthProvider }) };
}

describe("lists of exchange items", () => {
  it("title search results one level below the results' heading", async () => {
    open(<ExchangePage />);
    const title = await screen.findByRole("heading", { level: 3, name: "One front door" });
    expect(within(title).getByRole("link").getAttribute("href")).toBe("/exchange/items/xch_1");
    const results = screen.getByRole("region", { name: "Results" });
    expect(within(results).getByRole("heading", { level: 2 }).textContent).toBe("Results");
  });

  it("name each item's actions in one phrase, the item's title quoted", async () => {
    open(<MyCityPage />);
    const edit = await screen.findByRole("link", { name: "Edit “One front door”" });
    expect(edit.textContent).toBe("Edit");
    expect(edit.getAttribute("href")).toBe("/exchange/items/xch_1/edit");
    expect(announcements()).toContain("Showing 1 item.");
  });

  it("name them in French too", async () => {
    open(<MyCityPage />, undefined, "fr");
    const edit = await screen.findByRole("link", { name: "Modifier «\u202fOne front door\u202f»" });
    expect(edit.textContent).toBe("Modifier");
  });

  it("show a city's next items when asked", async () => {
    const second = { ...item, itemId: "xch_2", title: "Street work" };
    const { calls, user } = open(<MyCityPage />, ({ url }) => {
      if (url.pathname !== "/api/me/city-items") return undefined;
      return url.searchParams.get("cursor") === "next"
        ? answerJson({ items: [second], cursor: null })
        : answerJson({ items: [item], cursor: "next" });
    });
    await user.click(await screen.findByRole("button", { name: "Show more items" }));
    expect(await screen.findByRole("link", { name: "Edit “Street work”" })).toBeTruthy();
    expect(calls.at(-1)?.url.searchParams.get("cursor")).toBe("next");
    expect(announcements()).toContain("Showing 2 items.");
    expect(screen.queryByRole("button", { name: "Show more items" })).toBeNull();
  });

  it("forget a saved item when asked, saying so, and show the list as it now is", async () => {
    let saved = [item];
    const { calls, user } = open(<SavedPage />, ({ method, path }) => {
      // Neither request has a query: the path is the route's.
      if (method === "DELETE" && path === "/api/me/bookmarks/xch_1") {
        saved = [];
        return new Response(null, { status: 204 });
      }
      return path === "/api/me/bookmarks" ? answerJson({ items: saved }) : undefined;
    });
    await user.click(
      await screen.findByRole("button", { name: "Remove from saved: “One front door”" }),
    );
    await waitFor(() =>
      expect(announcements()).toContain("“One front door” is removed from your saved items."),
    );
    expect(calls.some((call) => call.method === "DELETE")).toBe(true);
    expect(await screen.findByText(/You have not saved any item yet./)).toBeTruthy();
  });

  it("say so when forgetting a saved item fails, keeping it listed", async () => {
    const { user } = open(<SavedPage />, ({ method }) =>
      method === "DELETE" ? answerProblem(503, "unavailable") : undefined,
    );
    await user.click(
      await screen.findByRole("button", { name: "Remove from saved: “One front door”" }),
    );
    await waitFor(() => expect(announcements()).toContain("That did not work. Please try again."));
    expect(
      screen.getByRole("button", { name: "Remove from saved: “One front door”" }),
    ).toBeTruthy();
  });

  it("tell a contributor without a city that an administrator assigns it, not that it failed", async () => {
    open(<MyCityPage />, ({ url }) =>
      url.pathname === "/api/me/city-items" ? answerProblem(403, "city-required") : undefined,
    );
    expect(await screen.findByText(/No city is assigned to your account yet./)).toBeTruthy();
    expect(screen.getByRole("link", { name: "See your profile" }).getAttribute("href")).toBe(
      "/profile",
    );
    expect(screen.queryByRole("button", { name: "Try again" })).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
