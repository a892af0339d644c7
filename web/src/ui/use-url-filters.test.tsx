// @vitest-environment happy-dom
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { answerRequests } from "../testing/api-answers.ts";
import { renderWithApp } from "../testing/render-with-app.tsx";
import { catalogueOf, SAMPLE_LIST, SampleListPage } from "../testing/sample-list-page.tsx";

const box = (name: string) => screen.getByRole("checkbox", { name }) as HTMLInputElement;
const keyword = () => screen.getByRole("searchbox", { name: "Keywords" }) as HTMLInputElement;

function list(path = SAMPLE_LIST, titles = ["Basics", "Cases", "Deeper"]) {
  const calls = answerRequests(catalogueOf(titles));
  return { calls, ...renderWithApp(<SampleListPage />, { route: SAMPLE_LIST, path }) };
}

describe("filters kept in the URL", () => {
  it("put each filter and the keyword in the URL, and in the request", async () => {
    const { calls, user, router } = list();
    await screen.findByText("Basics");
    await user.click(box("advanced"));
    expect(box("advanced").checked).toBe(true);
    expect(router.state.location.search).toBe("?level=advanced");
    await user.type(keyword(), "youth{Enter}");
    expect(router.state.location.search).toBe("?q=youth&level=advanced");
    const last = calls.at(-1);
    expect(last?.url.searchParams.get("q")).toBe("youth");
    expect(last?.url.searchParams.getAll("level")).toEqual(["advanced"]);
  });

  it("read the URL on arrival, so a shared link shows the same search", async () => {
    const { calls } = list(`${SAMPLE_LIST}?q=youth&level=intermediate&level=advanced`);
    await screen.findByText("Basics");
    expect(keyword().value).toBe("youth");
    expect(box("intermediate").checked).toBe(true);
    expect(box("advanced").checked).toBe(true);
    expect(box("introductory").checked).toBe(false);
    expect(calls[0]?.url.searchParams.getAll("level")).toEqual(["intermediate", "advanced"]);
  });

  it("come back with the back button after leaving the list", async () => {
    const { user, router } = list();
    await user.click(box("intermediate"));
    await user.type(keyword(), "youth{Enter}");
    await user.click(screen.getByRole("link", { name: "Somewhere else" }));
    expect(screen.getByRole("heading", { name: "Another page: /elsewhere" })).toBeTruthy();

    await router.navigate(-1);
    expect(await screen.findByText("Basics")).toBeTruthy();
    expect(router.state.location.search).toBe("?q=youth&level=intermediate");
    expect(box("intermediate").checked).toBe(true);
    expect(keyword().value).toBe("youth");
  });

  it("follow the URL when a link changes it", async () => {
    const { user, router } = list(`${SAMPLE_LIST}?q=nothing&level=advanced`, []);
    await user.click(await screen.findByRole("link", { name: "See all courses" }));
    expect(router.state.location.search).toBe("");
    expect(box("advanced").checked).toBe(false);
    expect(keyword().value).toBe("");
  });
});
