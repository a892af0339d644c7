// @vitest-environment happy-dom
import type { City } from "@alliance/core/web";
import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { answerJson, answerRequests } from "../../testing/api-answers.ts";
import { errorOf, renderWithApp } from "../../testing/render-with-app.tsx";
import { CityEditor } from "./city-editor.tsx";

const city: City = {
  cityId: "cty_01JD5EEDC1TY0000000000MECH",
  name: "Mechelen",
  country: "BE",
  region: "Flanders",
  description: "Mechelen invests in belonging through youth work and sports.",
  contactName: null,
  contactEmail: null,
  website: null,
  population: 88000,
  memberSince: null,
  populationBand: "50k-250k",
  priorities: ["youth-work"],
  challenges: null,
  languages: [],
  updatedAt: "2026-03-01T10:00:00.000Z",
  version: 4,
};

const THEMES = [
  "Education",
  "Family support",
  "Polarisation",
  "Mental health",
  "Community engagement",
];

describe("the city's profile editor, for matching", () => {
  it("takes the limits from core's schema and sends only what changed, with If-Match", async () => {
    const sent = answerRequests(({ body }) =>
      answerJson({ ...city, ...(body as object), version: 5 }),
    );
    const onClose = vi.fn();
    const { user } = renderWithApp(<CityEditor city={city} onClose={onClose} />);
    expect((screen.getByLabelText("Size") as HTMLSelectElement).value).toBe("50k-250k");
    expect(
      screen.getByText("Up to 5 of the exchange’s themes: what the city works on first."),
    ).toBeTruthy();
    const challenges = screen.getByLabelText("Challenges, in a few words");
    expect(challenges.getAttribute("maxlength")).toBe("280");

    for (const theme of THEMES) await user.click(screen.getByLabelText(theme));
    await user.click(screen.getByRole("button", { name: "Save the profile" }));
    // The group's first box carries its id, so the error summary's link lands on it.
    const first = screen.getByRole("checkbox", { name: "Local prevention strategy" });
    expect(errorOf(first)).toContain("Choose 1 to 5 themes");
    expect(document.activeElement).toBe(first);
    expect(sent).toHaveLength(0);

    await user.click(screen.getByLabelText("Mental health"));
    await user.type(challenges, "A small team for a diverse city.");
    await user.click(screen.getByLabelText("French"));
    await user.click(screen.getByRole("button", { name: "Save the profile" }));
    await vi.waitFor(() => expect(onClose).toHaveBeenCalledWith(true));
    expect(sent).toHaveLength(1);
    expect(sent[0]?.method).toBe("PATCH");
    expect(sent[0]?.headers.get("If-Match")).toBe('"4"');
    expect(sent[0]?.body).toEqual({
      priorities: [
        "youth-work",
        "education",
        "family-support",
        "polarisation",
        "community-engagement",
      ],
      challenges: "A small team for a diverse city.",
      languages: ["fr"],
    });
  });

  it("clears the size with null when it is set back to 'Not stated'", async () => {
    const sent = answerRequests(() => answerJson({ ...city, populationBand: null, version: 5 }));
    const onClose = vi.fn();
    const { user } = renderWithApp(<CityEditor city={city} onClose={onClose} />);
    await user.selectOptions(screen.getByLabelText("Size"), "Not stated");
    await user.click(screen.getByRole("button", { name: "Save the profile" }));
    await vi.waitFor(() => expect(onClose).toHaveBeenCalledWith(true));
    expect(sent[0]?.body).toEqual({ populationBand: null });
  });
});
