// @vitest-environment happy-dom
import type { Observation } from "@alliance/core/web";
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { answerJson, answerProblem, answerRequests } from "../../testing/api-answers.ts";
import { renderWithApp } from "../../testing/render-with-app.tsx";
import { Component as EditPage } from "./edit-page.tsx";

const ID = "obs_01J9ZC3V6D8R1F3W5S9K2M4N7P";

const sentBack = (changes: Partial<Observation> = {}): Observation => ({
  observationId: ID,
  cityId: "cty_01J9ZC3V6D8R1F3W5S9K2M4N7P",
  cityName: "Aarhus",
  country: "DK",
  theme: "online-campaigns",
  area: "Western districts",
  period: "2026-11",
  direction: "rising",
  intensity: "high",
  note: "Posts against the new youth centre shared widely.",
  status: "sent-back",
  sentBackReason: "Say where the posts appeared, in general terms.",
  createdAt: "2026-11-20T10:00:00.000Z",
  updatedAt: "2026-11-21T10:00:00.000Z",
  expiresAt: "2028-11-20T10:00:00.000Z",
  version: 3,
  actions: { edit: true, review: false },
  ...changes,
});

const openEdit = () =>
  renderWithApp(<EditPage />, {
    path: `/signals/mine/${ID}/edit`,
    route: "/signals/mine/:observationId/edit",
  });

describe("editing a sent-back observation", () => {
  it("shows the reason and what the city wrote, and resends it at the version it loaded", async () => {
    const sent = answerRequests((request) =>
      request.method === "PATCH"
        ? answerJson(sentBack({ status: "submitted", sentBackReason: null, version: 4 }))
        : answerJson(sentBack()),
    );
    const { user } = openEdit();
    expect(await screen.findByText("Say where the posts appeared, in general terms.")).toBeTruthy();
    const note = screen.getByLabelText("Short note") as HTMLTextAreaElement;
    expect(note.value).toBe("Posts against the new youth centre shared widely.");
    expect((screen.getByLabelText("Area of the city") as HTMLInputElement).value).toBe(
      "Western districts",
    );
    expect((screen.getByRole("radio", { name: "high" }) as HTMLInputElement).checked).toBe(true);
    await user.type(note, " Mostly in local groups.");
    await user.click(screen.getByRole("button", { name: "Send for review again" }));
    const patch = await waitForPatch(sent);
    expect(patch.headers.get("If-Match")).toBe('"3"');
    expect(patch.body).toMatchObject({
      note: "Posts against the new youth centre shared widely. Mostly in local groups.",
      area: "Western districts",
    });
  });

  it("says why the screen refused the note, in the reader's words", async () => {
    answerRequests((request) =>
      request.method === "PATCH"
        ? answerProblem(400, "personal-data", [
            { field: "note", message: "It contains a phone number (phone)" },
          ])
        : answerJson(sentBack()),
    );
    const { user } = openEdit();
    await screen.findByLabelText("Short note");
    await user.click(screen.getByRole("button", { name: "Send for review again" }));
    expect(
      (await screen.findAllByText("It contains a phone number. Leave it out.")).length,
    ).toBeGreaterThan(0);
    expect(document.activeElement?.id).toBe("observation-note");
  });

  it("on 412 says another member changed it, keeps what was typed, and reloads their version", async () => {
    let reads = 0;
    answerRequests((request) => {
      if (request.method === "PATCH") return answerProblem(412, "stale-version");
      reads += 1;
      return answerJson(
        reads === 1 ? sentBack() : sentBack({ area: "Harbour districts", version: 5 }),
      );
    });
    const { user } = openEdit();
    const area = await screen.findByLabelText("Area of the city");
    await user.clear(area);
    await user.type(area, "Eastern districts");
    await user.click(screen.getByRole("button", { name: "Send for review again" }));
    expect(
      await screen.findByRole("heading", { name: "Someone changed this observation meanwhile" }),
    ).toBeTruthy();
    expect((screen.getByLabelText("Area of the city") as HTMLInputElement).value).toBe(
      "Eastern districts",
    );
    await user.click(screen.getByRole("button", { name: "Reload the observation" }));
    await screen.findByDisplayValue("Harbour districts");
    expect(
      screen.queryByRole("heading", { name: "Someone changed this observation meanwhile" }),
    ).toBeNull();
  });

  it("says why it did not load, and loads it on Try again", async () => {
    let fail = true;
    answerRequests(() => (fail ? answerProblem(503, "unavailable") : answerJson(sentBack())));
    const { user } = openEdit();
    const retry = await screen.findByRole("button", { name: "Try again" });
    fail = false;
    await user.click(retry);
    expect(await screen.findByLabelText("Short note")).toBeTruthy();
  });

  it("offers no form once the observation is approved", async () => {
    answerRequests(() =>
      answerJson(
        sentBack({
          status: "approved",
          sentBackReason: null,
          actions: { edit: false, review: false },
        }),
      ),
    );
    openEdit();
    expect(
      await screen.findByText("This observation is approved and can no longer be edited."),
    ).toBeTruthy();
    expect(screen.queryByLabelText("Short note")).toBeNull();
  });
});

async function waitForPatch(sent: ReturnType<typeof answerRequests>) {
  for (let tries = 0; tries < 100; tries += 1) {
    const patch = sent.find((request) => request.method === "PATCH");
    if (patch) return patch;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error("No PATCH was sent");
}
