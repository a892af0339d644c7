// @vitest-environment happy-dom
import type { City, Profile } from "@alliance/core/web";
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { answerJson, answerRequests } from "../../testing/api-answers.ts";
import { renderWithApp } from "../../testing/render-with-app.tsx";
import { ProfileForm } from "./profile-form.tsx";

const city = (cityId: string, name: string, membershipStatus: City["membershipStatus"]): City => ({
  cityId,
  name,
  country: cityId === "cty_bologna" ? "IT" : "DK",
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
  membershipStatus,
});

const CITIES = [
  city("cty_aarhus", "Aarhus", "active"),
  city("cty_bologna", "Bologna", "former"),
  city("cty_malmo", "Malmö", "suspended"),
];

const profile = (cityId: string | null): Profile => ({
  userId: "usr_1",
  username: "learner",
  displayName: "A learner",
  position: null,
  cityId,
  preferredLanguage: "en",
  roles: [],
  createdAt: "2026-03-01T10:00:00.000Z",
  updatedAt: "2026-03-01T10:00:00.000Z",
  version: 1,
});

async function options(cityId: string | null) {
  answerRequests(() => answerJson({ items: CITIES, cursor: null }));
  renderWithApp(<ProfileForm initial={profile(cityId)} reload={async () => profile(cityId)} />);
  const picker = (await screen.findByLabelText("Your city")) as HTMLSelectElement;
  await screen.findByRole("option", { name: "Aarhus (Denmark)" });
  return [...picker.options].map((option) => option.textContent);
}

describe("the profile's city picker", () => {
  it("offers the alliance's members, not a city that has left it", async () => {
    expect(await options(null)).toEqual(["No city", "Aarhus (Denmark)", "Malmö (Denmark)"]);
  });

  it("keeps showing a person's own city after it left, said to be a former member", async () => {
    expect(await options("cty_bologna")).toEqual([
      "No city",
      "Aarhus (Denmark)",
      "Bologna (Italy), former member",
      "Malmö (Denmark)",
    ]);
  });
});
