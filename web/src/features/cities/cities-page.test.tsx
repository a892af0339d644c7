// @vitest-environment happy-dom
import type { DirectoryCity } from "@alliance/core/web";
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { answerJson, answerProblem, answerRequests } from "../../testing/api-answers.ts";
import { announcements, renderWithApp } from "../../testing/render-with-app.tsx";
import { CitiesPage } from "./cities-page.tsx";

const city = (
  cityId: string,
  name: string,
  country: DirectoryCity["country"],
  more: Partial<DirectoryCity> = {},
): DirectoryCity => ({
  cityId,
  name,
  country,
  region: null,
  memberSince: null,
  membershipStatus: "active",
  ...more,
});

const DIRECTORY = {
  cities: [
    city("cty_1", "Aarhus", "DK", { region: "Central Denmark Region" }),
    city("cty_2", "Bologna", "IT", { membershipStatus: "former", memberSince: "2017-02-20" }),
    city("cty_3", "Lyon", "FR", { memberSince: "2026-03-01" }),
    city("cty_4", "Malmö", "SE", { membershipStatus: "suspended" }),
    city("cty_5", "Marseille", "FR"),
  ],
};

const section = (name: string) => screen.getByRole("region", { name });

describe("the member directory", () => {
  it("lists active and suspended members by country, former members apart", async () => {
    answerRequests(() => answerJson(DIRECTORY));
    renderWithApp(<CitiesPage />);
    const members = await screen.findByRole("region", { name: "Members by country" });
    expect(
      within(members)
        .getAllByRole("heading", { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(["Denmark", "France", "Sweden"]);
    const france = within(section("France")).getAllByRole("listitem");
    expect(france.map((item) => item.textContent)).toEqual([
      "LyonMember since March 1, 2026",
      "MarseilleFounding member",
    ]);
    expect(within(section("Sweden")).getByText("Membership suspended")).toBeTruthy();
    const former = section("Former members");
    expect(within(former).getByRole("link", { name: "Bologna" }).getAttribute("href")).toBe(
      "/cities/cty_2",
    );
    expect(within(former).getByText("Former member")).toBeTruthy();
    expect(within(members).queryByText("Bologna")).toBeNull();
    expect(announcements()).toContain("4 member cities in 3 countries.");
  });

  it("has a map whose member countries are links, named with their count, that take focus to the country's cities", async () => {
    answerRequests(() => answerJson(DIRECTORY));
    const { user } = renderWithApp(<CitiesPage />);
    const france = await screen.findByRole("link", { name: "France: 2 member cities" });
    expect(screen.getByRole("link", { name: "Sweden: 1 member city" })).toBeTruthy();
    expect(screen.queryByRole("link", { name: /^Italy/ })).toBeNull();
    const table = screen.getByRole("table", { name: "Member cities per country" });
    expect(within(table).getByRole("row", { name: "France 2" })).toBeTruthy();
    await user.click(france);
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "France" }));
  });

  it("says when the directory cannot be read, and tries again", async () => {
    let fail = true;
    answerRequests(() => (fail ? answerProblem(503, "unavailable") : answerJson(DIRECTORY)));
    const { user } = renderWithApp(<CitiesPage />);
    const retry = await screen.findByRole("button", { name: "Try again" });
    fail = false;
    await user.click(retry);
    await waitFor(() => expect(screen.getByRole("heading", { name: "Denmark" })).toBeTruthy());
  });

  it("says when no city is listed yet", async () => {
    answerRequests(() => answerJson({ cities: [] }));
    renderWithApp(<CitiesPage />);
    expect(await screen.findByText("No member cities are listed yet.")).toBeTruthy();
    expect(screen.queryByRole("list")).toBeNull();
  });
});
