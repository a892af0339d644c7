// @vitest-environment happy-dom
import type { City } from "@alliance/core/web";
import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { answerJson, answerRequests } from "../../testing/api-answers.ts";
import { announcements, renderWithApp } from "../../testing/render-with-app.tsx";
import { CitiesPage } from "./cities-page.tsx";

const city = (cityId: string, name: string): City => ({
  cityId,
  name,
  country: "DK",
  region: null,
  description: "",
  contactName: null,
  contactEmail: null,
  website: null,
  population: null,
  memberSince: null,
  populationBand: null,
  priorities: [],
  challenges: null,
  languages: [],
  updatedAt: "2026-03-01T10:00:00.000Z",
  version: 1,
});

const names = () => screen.queryAllByRole("heading", { level: 2 }).map((h) => h.textContent);

describe("the member cities", () => {
  it("show side by side, say how many, and show the next ones when asked", async () => {
    const calls = answerRequests(({ url }) =>
      url.searchParams.get("cursor") === "next"
        ? answerJson({ items: [city("cty_2", "Bergen")], cursor: null })
        : answerJson({ items: [city("cty_1", "Aarhus")], cursor: "next" }),
    );
    const { user } = renderWithApp(<CitiesPage />);
    await waitFor(() => expect(names()).toEqual(["Aarhus"]));
    expect(screen.getByRole("list").className).toBe("cards");
    expect(announcements()).toContain("Showing 1 member city.");
    await user.click(screen.getByRole("button", { name: "Show more cities" }));
    await waitFor(() => expect(names()).toEqual(["Aarhus", "Bergen"]));
    expect(calls.at(-1)?.url.searchParams.get("cursor")).toBe("next");
    expect(announcements()).toContain("Showing 2 member cities.");
    expect(screen.queryByRole("button", { name: "Show more cities" })).toBeNull();
  });

  it("say when none is listed yet", async () => {
    answerRequests(() => answerJson({ items: [], cursor: null }));
    renderWithApp(<CitiesPage />);
    expect(await screen.findByText("No member cities are listed yet.")).toBeTruthy();
    expect(screen.queryByRole("list")).toBeNull();
  });
});
