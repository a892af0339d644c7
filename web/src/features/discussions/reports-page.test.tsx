// @vitest-environment happy-dom
import type { ReportedPost } from "@alliance/core/web";
import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { answerJson, answerProblem, answerRequests } from "../../testing/api-answers.ts";
import { announcements, errorOf, renderWithApp } from "../../testing/render-with-app.tsx";
import { ANSWER_ID, QUESTION_ID, SUBJECT } from "./discussion.fixture.ts";
import { ReportsPage } from "./reports-page.tsx";

const REPORTED: ReportedPost = {
  subject: SUBJECT,
  questionId: QUESTION_ID,
  answerId: ANSWER_ID,
  questionTitle: "Who answers the phone?",
  body: "Call my cousin on 06 12 34 56 78.",
  author: { userId: "usr_x", name: "Someone" },
  state: "visible",
  version: 3,
  reportCount: 2,
  firstReportedAt: "2026-11-02T10:00:00.000Z",
  reports: [
    { byName: "Noor Bakker", reason: "Personal data.", at: "2026-11-02T10:00:00.000Z" },
    { byName: "Jonas Lund", reason: "A phone number.", at: "2026-11-02T11:00:00.000Z" },
  ],
};

describe("the administrators' queue of reported posts", () => {
  it("shows each post with its reasons, and hides it with a reason and its version", async () => {
    const sent = answerRequests((request) =>
      request.method === "GET"
        ? answerJson({ items: [REPORTED], cursor: null })
        : answerJson({
            questionId: QUESTION_ID,
            answerId: ANSWER_ID,
            state: "hidden",
            hiddenReason: "Personal data of a third person.",
            version: 4,
          }),
    );
    const { user } = renderWithApp(<ReportsPage />, {
      path: "/admin/discussions",
      route: "/admin/discussions",
    });
    const entry = await screen.findByRole("article", {
      name: "An answer to “Who answers the phone?”",
    });
    expect(within(entry).getByText("Noor Bakker: Personal data.")).toBeTruthy();
    expect(within(entry).getByRole("link").getAttribute("href")).toBe(
      "/exchange/items/xch_01J9ZC3V6D8R1F3W5S9K2M4N7P",
    );
    const reason = within(entry).getByLabelText(/^Reason/);
    await user.click(within(entry).getByRole("button", { name: "Record the decision" }));
    expect(errorOf(reason)).not.toBe("");
    await user.type(reason, "Personal data of a third person.");
    await user.click(within(entry).getByRole("button", { name: "Record the decision" }));
    await vi.waitFor(() => expect(announcements()).toContain("The post is hidden."));
    const decision = sent.find((request) => request.method === "POST");
    expect(decision).toMatchObject({
      path: `/api/discussions/${SUBJECT}/questions/${QUESTION_ID}/answers/${ANSWER_ID}/moderation`,
      body: { decision: "hide", reason: "Personal data of a third person." },
    });
    expect(decision?.headers.get("If-Match")).toBe('"3"');
  });

  it("says when another administrator decided first (412)", async () => {
    answerRequests((request) =>
      request.method === "GET"
        ? answerJson({ items: [REPORTED], cursor: null })
        : answerProblem(412, "stale-version"),
    );
    const { user } = renderWithApp(<ReportsPage />, {
      path: "/admin/discussions",
      route: "/admin/discussions",
    });
    await user.type(await screen.findByLabelText(/^Reason/), "Personal data.");
    await user.click(screen.getByRole("button", { name: "Record the decision" }));
    expect(await screen.findByRole("button", { name: "Reload the discussion" })).toBeTruthy();
  });

  it("says when nothing is waiting", async () => {
    answerRequests(() => answerJson({ items: [], cursor: null }));
    renderWithApp(<ReportsPage />, { path: "/admin/discussions", route: "/admin/discussions" });
    expect(await screen.findByText("No reported posts are waiting.")).toBeTruthy();
  });
});
