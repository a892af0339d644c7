// @vitest-environment happy-dom
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { answerJson, answerProblem, answerRequests } from "../../testing/api-answers.ts";
import { renderWithApp } from "../../testing/render-with-app.tsx";
import { EVENT_ID, eventWith } from "./event.fixture.ts";
import { Component as EventFormPage } from "./event-form-page.tsx";

const organised = eventWith({
  onlineLink: "https://meet.example.org/x",
  actions: { ...eventWith().actions, edit: true, cancel: true, seeRegistrations: true },
});

const openEdit = () =>
  renderWithApp(<EventFormPage />, {
    path: `/events/${EVENT_ID}/edit`,
    route: "/events/:eventId/edit",
  });

describe("editing an event", () => {
  it("sends the version it loaded, and on 412 says so and keeps what was typed", async () => {
    const sent = answerRequests((request) =>
      request.method === "PATCH" ? answerProblem(412, "stale-version") : answerJson(organised),
    );
    const { user } = openEdit();
    const title = await screen.findByLabelText("Title");
    await user.clear(title);
    await user.type(title, "One place in Lisbon, moved to the afternoon");
    await user.click(screen.getByRole("button", { name: "Save the changes" }));

    expect(
      await screen.findByRole("heading", { name: "Someone else changed this event" }),
    ).toBeTruthy();
    expect((screen.getByLabelText("Title") as HTMLInputElement).value).toBe(
      "One place in Lisbon, moved to the afternoon",
    );
    const patch = sent.find((request) => request.method === "PATCH");
    expect(patch?.headers.get("If-Match")).toBe('"2"');
    expect(patch?.body).toMatchObject({
      title: "One place in Lisbon, moved to the afternoon",
      timeZone: "Europe/Lisbon",
      capacity: 1,
      venue: null,
      onlineLink: "https://meet.example.org/x",
    });
  });

  it("shows the field the API refused, and sends nothing the schema refuses", async () => {
    const sent = answerRequests((request) =>
      request.method === "PATCH"
        ? answerProblem(400, "invalid-request", [
            { field: "start", message: "The start is in the past" },
          ])
        : answerJson(organised),
    );
    const { user } = openEdit();
    const capacity = await screen.findByLabelText("Number of places");
    await user.clear(capacity);
    await user.click(screen.getByRole("button", { name: "Save the changes" }));
    expect(sent.filter((request) => request.method === "PATCH")).toHaveLength(0);
    expect(document.activeElement?.id).toBe("event-capacity");

    await user.type(capacity, "3");
    await user.click(screen.getByRole("button", { name: "Save the changes" }));
    await screen.findAllByText("The platform did not accept this value. Check it and try again.");
    expect(screen.getByLabelText("Starts").getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement?.id).toBe("event-start");
  });
});
