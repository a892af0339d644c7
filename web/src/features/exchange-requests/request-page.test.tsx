// @vitest-environment happy-dom
import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  answerJson,
  answerProblem,
  answerRequests,
  type SentRequest,
} from "../../testing/api-answers.ts";
import { announcements, renderWithApp } from "../../testing/render-with-app.tsx";
import { messageBy, REQUEST_ID, requestIn } from "./request.fixture.ts";
import { RequestPage } from "./request-page.tsx";

const path = `/exchange-requests/${REQUEST_ID}`;
const thread = (...items: unknown[]) => answerJson({ items, cursor: null });

function open(answer: (request: SentRequest) => Response) {
  const sent = answerRequests(answer);
  return {
    sent,
    ...renderWithApp(<RequestPage />, { path, route: "/exchange-requests/:requestId" }),
  };
}

afterEach(() => vi.unstubAllGlobals());

describe("an exchange request", () => {
  it("lets the asked city decline with a reason, sent with the version shown", async () => {
    const asked = requestIn("open", { answer: true }, 3);
    const { sent, user } = open((request) => {
      if (request.path.includes("/messages")) return thread();
      if (request.method === "GET") return answerJson(asked);
      return answerJson({ ...requestIn("declined", {}, 4), declineReason: "No capacity." });
    });
    await screen.findByRole("heading", { name: "A study visit: Aarhus → Rotterdam", level: 1 });
    await user.click(screen.getByRole("radio", { name: "Decline" }));
    await user.click(screen.getByRole("button", { name: "Send the answer" }));
    // The reason is needed to decline: nothing is sent without it.
    expect(sent.filter((request) => request.method === "POST")).toHaveLength(0);
    await user.type(screen.getByLabelText(/Reason/), "No capacity this spring.");
    await user.click(screen.getByRole("button", { name: "Send the answer" }));
    await vi.waitFor(() => expect(screen.getAllByText("Declined").length).toBeGreaterThan(0));
    const answer = sent.find((request) => request.method === "POST");
    expect(answer?.path).toBe(`/api/exchange-requests/${REQUEST_ID}/answer`);
    expect(answer?.headers.get("If-Match")).toBe('"3"');
    expect(answer?.body).toEqual({ decision: "decline", reason: "No capacity this spring." });
  });

  it("offers to reload when the other contributor answered first (412)", async () => {
    const { user } = open((request) => {
      if (request.path.includes("/messages")) return thread();
      if (request.method === "GET") return answerJson(requestIn("open", { answer: true }));
      return answerProblem(412, "stale-version");
    });
    await user.click(await screen.findByRole("button", { name: "Send the answer" }));
    expect(await screen.findByRole("alert")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Reload the request" })).toBeTruthy();
  });

  it("shows the conversation with its links, and posts a message", async () => {
    const { sent, user } = open((request) => {
      if (request.path.includes("/messages") && request.method === "GET") {
        return thread(messageBy("Noor Bakker", "Our agenda: https://example.org/agenda."));
      }
      if (request.method === "POST") return answerJson(messageBy("Jonas Lund", "Thanks!"), 201);
      return answerJson(requestIn("accepted"));
    });
    const conversation = await screen.findByRole("region", { name: "Conversation" });
    const link = await within(conversation).findByRole("link", {
      name: "https://example.org/agenda",
    });
    expect(link.getAttribute("href")).toBe("https://example.org/agenda");
    await user.type(within(conversation).getByLabelText(/^Message/), "Thanks!");
    await user.click(within(conversation).getByRole("button", { name: "Send" }));
    await vi.waitFor(() =>
      expect(sent.find((request) => request.method === "POST")?.body).toEqual({ body: "Thanks!" }),
    );
    expect(sent.find((request) => request.method === "POST")?.path).toBe(
      `/api/exchange-requests/${REQUEST_ID}/messages`,
    );
  });

  it("records the outcome, then turns it into an experience draft", async () => {
    let current = requestIn("accepted", { recordOutcome: true }, 2);
    const { sent, user } = open((request) => {
      if (request.path.includes("/messages")) return thread();
      if (request.path.endsWith("/outcome")) {
        current = requestIn("completed", { draftExperience: true }, 3);
        return answerJson(current);
      }
      if (request.path.endsWith("/experience")) {
        return answerJson({ itemId: "xch_01JD5EEDXCH0000000000000Z9", requestId: REQUEST_ID }, 201);
      }
      return answerJson(current);
    });
    await user.type(
      await screen.findByLabelText(/What happened/),
      "A day with the street team, very useful.",
    );
    await user.click(screen.getByRole("checkbox", { name: "It was useful" }));
    await user.click(screen.getByRole("button", { name: "Record the outcome" }));
    await user.click(await screen.findByRole("button", { name: "Turn into an experience draft" }));
    await vi.waitFor(() =>
      expect(announcements()).toContain(
        "Your city's experience draft was created: edit it and send it to review.",
      ),
    );
    expect(
      screen.getByRole("link", { name: "Open the experience draft" }).getAttribute("href"),
    ).toBe("/exchange/items/xch_01JD5EEDXCH0000000000000Z9/edit");
    const outcome = sent.find((request) => request.path.endsWith("/outcome"));
    expect(outcome?.body).toEqual({
      summary: "A day with the street team, very useful.",
      useful: true,
      followUp: false,
    });
    expect(
      sent.find((request) => request.path.endsWith("/experience"))?.headers.get("If-Match"),
    ).toBe('"3"');
  });

  it("says when it could not load, and loads on Try again", async () => {
    let fail = true;
    const { user } = open((request) =>
      fail
        ? answerProblem(503, "service-unavailable")
        : request.path.includes("/messages")
          ? thread()
          : answerJson(requestIn("open")),
    );
    const retry = await screen.findByRole("button", { name: "Try again" });
    fail = false;
    await user.click(retry);
    expect(
      await screen.findByRole("heading", { name: "A study visit: Aarhus → Rotterdam", level: 1 }),
    ).toBeTruthy();
  });
});
