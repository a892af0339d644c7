// @vitest-environment happy-dom
import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { answerJson, answerProblem, answerRequests } from "../../testing/api-answers.ts";
import { renderWithApp } from "../../testing/render-with-app.tsx";
import { EVENT_ID, eventWith } from "./event.fixture.ts";
import { Component as EventPage } from "./event-page.tsx";

vi.mock("../auth/index.ts", () => ({
  useAuth: () => ({ state: { status: "signed-in", roles: [] } }),
}));

const path = `/events/${EVENT_ID}`;
const open = () => renderWithApp(<EventPage />, { path, route: "/events/:eventId" });

describe("an event's page", () => {
  it("offers the waiting list when full, and says the place in the queue", async () => {
    let joined = false;
    const full = eventWith({ registeredCount: 1 });
    const sent = answerRequests((request) => {
      if (request.method === "PUT") {
        joined = true;
        return answerJson({
          eventId: EVENT_ID,
          userId: "usr_01JD5EEDB0000000000000000B",
          displayName: "B",
          state: "waiting",
          waitingPosition: 2,
          registeredAt: "2026-12-04T10:00:00Z",
          updatedAt: "2026-12-04T10:00:00Z",
        });
      }
      return answerJson(
        joined
          ? {
              ...full,
              waitingCount: 2,
              registration: "waiting",
              actions: { ...full.actions, register: false, cancelRegistration: true },
            }
          : full,
      );
    });
    const { user } = open();
    await screen.findByRole("heading", { level: 1, name: "One place in Lisbon" });
    expect(screen.getByText(/0 places left of 1/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Register" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Join the waiting list" }));
    expect(await screen.findByText("You are on the waiting list, number 2.")).toBeTruthy();
    expect(sent.find((request) => request.method === "PUT")?.path).toBe(
      `/api/events/${EVENT_ID}/registration`,
    );
    expect(screen.getByRole("button", { name: "Leave the waiting list" })).toBeTruthy();
  });

  it("says the place in the queue after a reload, from the event", async () => {
    const waiting = eventWith({ registeredCount: 1, waitingCount: 3 });
    answerRequests(() =>
      answerJson({
        ...waiting,
        registration: "waiting",
        waitingPosition: 3,
        actions: { ...waiting.actions, register: false, cancelRegistration: true },
      }),
    );
    open();
    expect(await screen.findByText("You are on the waiting list, number 3.")).toBeTruthy();
  });

  it("says why registering failed and tries again", async () => {
    let attempts = 0;
    answerRequests((request) => {
      if (request.method !== "PUT") return answerJson(eventWith());
      attempts += 1;
      return attempts === 1 ? answerProblem(503, "unavailable") : answerJson({});
    });
    const { user } = open();
    await user.click(await screen.findByRole("button", { name: "Register" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/Try again/);
    await user.click(screen.getByRole("button", { name: "Try again" }));
    await vi.waitFor(() => expect(attempts).toBe(2));
  });

  it("marks a cancelled event with its reason and offers no registration", async () => {
    answerRequests(() =>
      answerJson(
        eventWith({
          status: "cancelled",
          cancellationReason: "The venue is closed for repairs.",
          actions: { ...eventWith().actions, register: false },
        }),
      ),
    );
    open();
    expect(await screen.findByText("This event is cancelled.")).toBeTruthy();
    expect(screen.getByText("The venue is closed for repairs.")).toBeTruthy();
    expect(screen.getAllByText("Cancelled").length).toBeGreaterThan(0);
    expect(screen.queryByRole("button", { name: "Register" })).toBeNull();
  });

  it("shows the online link only when the API gives it", async () => {
    answerRequests(() =>
      answerJson(
        eventWith({ registration: "registered", onlineLink: "https://meet.example.org/x" }),
      ),
    );
    open();
    expect(await screen.findByRole("link", { name: "https://meet.example.org/x" })).toBeTruthy();
    expect(screen.getByText("You are registered.")).toBeTruthy();
  });
});
