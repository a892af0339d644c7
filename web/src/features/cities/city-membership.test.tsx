// @vitest-environment happy-dom
import type { City } from "@alliance/core/web";
import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import {
  answerJson,
  answerProblem,
  answerRequests,
  type SentRequest,
} from "../../testing/api-answers.ts";
import { announcements, errorOf, renderWithApp } from "../../testing/render-with-app.tsx";
import { MembershipPanel } from "./city-membership.tsx";

const CITY: City = {
  cityId: "cty_01JD5EEDC1TY0000000000MECH",
  name: "Mechelen",
  country: "BE",
  region: "Flanders",
  description: "Mechelen invests in belonging.",
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
  version: 3,
  membershipStatus: "active",
};

const LOG = {
  events: [
    {
      action: "suspended",
      status: "suspended",
      by: "usr_1",
      byName: "Daniel Okafor",
      reason: "Membership fees are unpaid.",
      at: "2026-02-01T10:00:00.000Z",
    },
  ],
};

function open(
  answer: (request: SentRequest) => Response,
  who: { isAdmin: boolean; ownCity: boolean },
  city = CITY,
) {
  const sent = answerRequests((request) =>
    request.url.pathname.endsWith("/membership-log") ? answerJson(LOG) : answer(request),
  );
  return { sent, ...renderWithApp(<MembershipPanel city={city} {...who} />) };
}

const reason = () => screen.getByLabelText(/^Reason/) as HTMLTextAreaElement;
const posts = (sent: SentRequest[]) => sent.filter((request) => request.method === "POST");

describe("a city's membership panel", () => {
  it("lets an administrator suspend the city with a reason, sent with the version shown", async () => {
    const { sent, user } = open(() => answerJson({ ...CITY, membershipStatus: "suspended" }), {
      isAdmin: true,
      ownCity: false,
    });
    expect(await screen.findByText("Membership fees are unpaid.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Suspend" }));
    await user.click(screen.getByRole("button", { name: "Suspend the city" }));
    expect(errorOf(reason())).toContain("Give a reason of 10 to 1,000 characters.");
    expect(document.activeElement).toBe(reason());
    expect(posts(sent)).toEqual([]);

    await user.type(reason(), "Membership fees for 2026 are unpaid.");
    await user.click(screen.getByRole("button", { name: "Suspend the city" }));
    await waitFor(() => expect(announcements()).toContain("The city is suspended."));
    const [suspend] = posts(sent);
    expect(suspend).toMatchObject({
      path: `/api/cities/${CITY.cityId}/suspend`,
      body: { reason: "Membership fees for 2026 are unpaid." },
    });
    expect(suspend?.headers.get("If-Match")).toBe('"3"');
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Membership" }));
  });

  it("lets the city's contributor leave only once they confirm it", async () => {
    const { sent, user } = open(() => answerJson({ ...CITY, membershipStatus: "former" }), {
      isAdmin: false,
      ownCity: true,
    });
    expect(screen.queryByRole("button", { name: "Suspend" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Leave the alliance" }));
    await user.type(reason(), "The council decided to leave the alliance.");
    await user.click(screen.getByRole("button", { name: "Confirm the leave" }));
    const confirm = screen.getByLabelText(/I confirm that Mechelen leaves the alliance/);
    expect(errorOf(confirm)).toContain("Tick the box to confirm the leave.");
    expect(posts(sent)).toEqual([]);
    await user.click(confirm);
    await user.click(screen.getByRole("button", { name: "Confirm the leave" }));
    await waitFor(() => expect(announcements()).toContain("The city is now a former member."));
    expect(posts(sent)[0]).toMatchObject({
      path: `/api/cities/${CITY.cityId}/leave`,
      body: { reason: "The council decided to leave the alliance.", confirm: true },
    });
  });

  it("says so when another administrator changed the city first (412)", async () => {
    const { user } = open(() => answerProblem(412, "stale-version"), {
      isAdmin: true,
      ownCity: false,
    });
    await user.click(screen.getByRole("button", { name: "Mark as left" }));
    await user.type(reason(), "The city asked to leave by letter.");
    await user.click(screen.getByLabelText(/I confirm that Mechelen/));
    await user.click(screen.getByRole("button", { name: "Confirm the leave" }));
    await waitFor(() =>
      expect(announcements().join(" ")).toContain("This city changed since you opened it"),
    );
    expect(screen.queryByRole("button", { name: "Confirm the leave" })).toBeNull();
  });

  it("offers an administrator to reinstate a former member, and no leave", async () => {
    open(
      () => answerJson(CITY),
      { isAdmin: true, ownCity: false },
      {
        ...CITY,
        membershipStatus: "former",
      },
    );
    expect(screen.getByRole("button", { name: "Reinstate" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Mark as left" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Suspend" })).toBeNull();
  });
});
