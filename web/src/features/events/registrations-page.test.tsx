// @vitest-environment happy-dom
import type { RegistrationView } from "@alliance/core/web";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import {
  answerJson,
  answerProblem,
  answerRequests,
  pendingAnswer,
} from "../../testing/api-answers.ts";
import { renderWithApp } from "../../testing/render-with-app.tsx";
import { EVENT_ID, eventWith } from "./event.fixture.ts";
import { Component as RegistrationsPage } from "./registrations-page.tsx";

const person = (state: RegistrationView["state"]): RegistrationView => ({
  eventId: EVENT_ID,
  userId: "usr_01JD5EEDDEM000000000AARHVS",
  displayName: "Jonas Lund",
  state,
  waitingPosition: null,
  registeredAt: "2026-11-01T09:00:00.000Z",
  updatedAt: "2026-11-01T09:00:00.000Z",
});

const openRegistrations = () =>
  renderWithApp(<RegistrationsPage />, {
    path: `/events/${EVENT_ID}/registrations`,
    route: "/events/:eventId/registrations",
  });

describe("the organisers' attendance boxes", () => {
  it("show a click at once, while the save and the list's refetch are on their way", async () => {
    const save = pendingAnswer();
    let stored: RegistrationView["state"] = "registered";
    answerRequests((request) => {
      if (request.method === "PUT") return save.response;
      if (request.path.includes("/registrations")) return answerJson({ items: [person(stored)] });
      return answerJson(eventWith());
    });
    openRegistrations();
    const box = (await screen.findByRole("checkbox", {
      name: "Jonas Lund attended",
    })) as HTMLInputElement;
    expect(box.checked).toBe(false);

    // Synchronous: what the box shows right after the click, before any answer.
    fireEvent.click(box);
    expect(box.checked).toBe(true);
    expect(box.getAttribute("aria-busy")).toBe("true");

    stored = "attended";
    save.resolve(answerJson(person("attended")));
    await waitFor(() => expect(box.getAttribute("aria-busy")).toBeNull());
    expect(box.checked).toBe(true);
  });

  it("show the stored value again when the save fails, with the error and Try again", async () => {
    answerRequests((request) => {
      if (request.method === "PUT") return answerProblem(503, "unavailable");
      if (request.path.includes("/registrations"))
        return answerJson({ items: [person("registered")] });
      return answerJson(eventWith());
    });
    openRegistrations();
    const box = (await screen.findByRole("checkbox", {
      name: "Jonas Lund attended",
    })) as HTMLInputElement;
    fireEvent.click(box);
    expect(await screen.findByRole("alert")).toBeTruthy();
    expect(box.checked).toBe(false);
    expect(screen.getByRole("button", { name: "Try again" })).toBeTruthy();
  });
});
