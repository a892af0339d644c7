// @vitest-environment happy-dom
import type { City, SimilarCities as Similar } from "@alliance/core/web";
import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { answerJson, answerProblem, answerRequests } from "../../testing/api-answers.ts";
import { renderWithApp } from "../../testing/render-with-app.tsx";
import { AuthProvider } from "../auth/index.ts";
import { SimilarCities } from "./similar-cities.tsx";

/** Signed in as a contributor of Aarhus unless a test says otherwise (the session is Amplify's). */
const session = vi.hoisted(() => ({ contributorOf: null as string | null }));
vi.mock("../auth/index.ts", async (actual) => {
  const auth = await actual<typeof import("../auth/index.ts")>();
  return {
    ...auth,
    useMe: () => {
      const real = auth.useMe();
      if (!session.contributorOf) return real;
      return {
        ...real,
        signedIn: true,
        isContributor: true,
        me: { cityId: session.contributorOf },
      };
    },
  };
});

const aarhus: City = {
  cityId: "cty_aarhus",
  name: "Aarhus",
  country: "DK",
  region: null,
  description: "",
  contactName: null,
  contactEmail: null,
  website: null,
  population: null,
  memberSince: null,
  populationBand: "250k-1m",
  priorities: ["youth-work", "online-radicalisation-and-hate"],
  challenges: null,
  languages: ["da", "fr"],
  updatedAt: "2026-03-01T10:00:00.000Z",
  version: 1,
  membershipStatus: "active",
};

const answer: Similar = {
  suggestions: [
    {
      cityId: "cty_lyon",
      name: "Lyon",
      country: "FR",
      score: 60,
      reasons: [
        { kind: "sharedPriorities", themes: ["youth-work", "online-radicalisation-and-hate"] },
        { kind: "size", band: "250k-1m", distance: 0 },
        { kind: "speaks", languages: ["fr"] },
      ],
      membershipStatus: "active",
    },
    {
      cityId: "cty_malmo",
      name: "Malmö",
      country: "SE",
      score: 20,
      reasons: [
        { kind: "publishedOn", themes: ["polarisation"] },
        { kind: "sameRegion", region: "northern-europe" },
      ],
      membershipStatus: "suspended",
    },
  ],
  incomplete: [],
};

const suggestions = () =>
  within(screen.getByRole("region"))
    .getAllByRole("listitem")
    .map((item) => item.textContent);

describe("cities like this one", () => {
  it("lists each suggestion with a link, its country and why, in words", async () => {
    const calls = answerRequests(() => answerJson(answer));
    const { user, router } = renderWithApp(<SimilarCities city={aarhus} mine={false} />, {
      wrapper: AuthProvider,
    });
    expect(await screen.findByRole("link", { name: "Lyon" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Cities like this one");
    expect(suggestions()).toEqual([
      "LyonFranceAlso works on youth work and online radicalisation and hate; similar size; speaks French",
      "MalmöSweden Membership suspendedHas shared its work on polarisation; also in Northern Europe",
    ]);
    expect(calls.map((call) => call.path)).toEqual(["/api/cities/cty_aarhus/similar"]);
    await user.click(screen.getByRole("link", { name: "Malmö" }));
    expect(router.state.location.pathname).toBe("/cities/cty_malmo");
  });

  it("speaks French to a French reader", async () => {
    answerRequests(() => answerJson(answer));
    renderWithApp(<SimilarCities city={aarhus} mine={true} />, {
      lng: "fr",
      wrapper: AuthProvider,
    });
    expect(await screen.findByRole("link", { name: "Lyon" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe(
      "Villes proches de la mienne",
    );
    expect(suggestions()[0]).toBe(
      "LyonFrancePriorités communes\u202f: travail de jeunesse et radicalisation et haine en ligne\u202f; taille comparable\u202f; parle français",
    );
  });

  it("tells the city's own people what their profile lacks, and says when nothing matches", async () => {
    answerRequests(() =>
      answerJson({ suggestions: [], incomplete: ["priorities", "languages"] } satisfies Similar),
    );
    renderWithApp(<SimilarCities city={aarhus} mine={true} />, { wrapper: AuthProvider });
    expect(
      await screen.findByText(
        "Your city’s profile does not state its priorities and its team’s languages yet. Add them with “Edit the city’s profile” for better suggestions.",
      ),
    ).toBeTruthy();
    expect(
      screen.getByText("No other member city has anything in common with this one yet."),
    ).toBeTruthy();
  });

  it("says when the platform fails, and tries again when asked", async () => {
    let fail = true;
    const calls = answerRequests(() =>
      fail ? answerProblem(503, "unavailable") : answerJson(answer),
    );
    const { user } = renderWithApp(<SimilarCities city={aarhus} mine={false} />, {
      wrapper: AuthProvider,
    });
    const retry = await screen.findByRole("button", { name: "Try again" });
    expect(screen.getByText(/Something went wrong on our side/)).toBeTruthy();
    fail = false;
    await user.click(retry);
    expect(await screen.findByRole("link", { name: "Lyon" })).toBeTruthy();
    expect(calls).toHaveLength(2);
  });

  it("offers a contributor an exchange with an active city only: a suspended one is marked", async () => {
    session.contributorOf = aarhus.cityId;
    try {
      answerRequests(() => answerJson(answer));
      renderWithApp(<SimilarCities city={aarhus} mine={true} />, { wrapper: AuthProvider });
      const ask = await screen.findByRole("link", { name: "Ask Lyon for an exchange" });
      expect(ask.getAttribute("href")).toBe("/exchange-requests/new?to=cty_lyon&city=Lyon");
      expect(screen.queryByRole("link", { name: /^Ask Malmö/ })).toBeNull();
      expect(screen.getByText("Membership suspended")).toBeTruthy();
    } finally {
      session.contributorOf = null;
    }
  });
});
