// @vitest-environment happy-dom
import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import {
  answerJson,
  answerProblem,
  answerRequests,
  type SentRequest,
} from "../../testing/api-answers.ts";
import { errorOf, renderWithApp } from "../../testing/render-with-app.tsx";
import { APPLICATION_ID, applicationIn } from "./application.fixture.ts";
import { QueuePage } from "./queue-page.tsx";
import { ReviewPage } from "./review-page.tsx";

function open(answer: (request: SentRequest) => Response) {
  const sent = answerRequests(answer);
  return {
    sent,
    ...renderWithApp(<ReviewPage />, {
      path: `/admin/membership/${APPLICATION_ID}`,
      route: "/admin/membership/:applicationId",
    }),
  };
}

const message = () => screen.getByLabelText("Message to the applicant") as HTMLTextAreaElement;
const decide = () => screen.getByRole("button", { name: "Send the decision" });

describe("an administrator's decision", () => {
  it("needs a reason to decline, then sends it with the version shown", async () => {
    const submitted = applicationIn("submitted");
    const { sent, user } = open((request) =>
      request.method === "GET"
        ? answerJson(submitted)
        : answerJson({ ...submitted, state: "declined", version: 2 }),
    );
    await user.click(await screen.findByLabelText("Decline, with the reason"));
    await user.click(decide());
    expect(errorOf(message())).toContain("Write the reason or your question");
    expect(document.activeElement).toBe(message());
    expect(sent.filter((request) => request.method === "POST")).toEqual([]);

    await user.type(message(), "Not a local authority.");
    await user.click(decide());
    await vi.waitFor(() =>
      expect(screen.getByRole("status").textContent).toContain("Declined: the applicant can read"),
    );
    const review = sent.find((request) => request.method === "POST");
    expect(review).toMatchObject({
      path: `/api/membership/applications/${APPLICATION_ID}/review`,
      body: { decision: "decline", message: "Not a local authority." },
    });
    expect(review?.headers.get("If-Match")).toBe('"1"');
  });

  it("shows the application as it is now when another administrator decided first (412)", async () => {
    let reads = 0;
    const { user } = open((request) => {
      if (request.method === "POST") return answerProblem(412, "stale-version");
      reads += 1;
      return answerJson(
        reads === 1
          ? applicationIn("submitted")
          : { ...applicationIn("submitted"), state: "approved", version: 2 },
      );
    });
    await user.click(await screen.findByRole("button", { name: "Send the decision" }));
    const notice = await screen.findByRole("alert");
    expect(notice.textContent).toContain("This application changed since you opened it");
    await vi.waitFor(() =>
      expect(screen.queryByRole("button", { name: "Send the decision" })).toBeNull(),
    );
    expect(screen.getAllByText("Approved").length).toBeGreaterThan(0);
  });

  it("says why an approval is refused when the city is already in the alliance (409)", async () => {
    const { user } = open((request) =>
      request.method === "POST"
        ? answerProblem(409, "city-already-member", [
            { field: "cityName", message: "Tampere is already a member of the alliance." },
          ])
        : answerJson(applicationIn("submitted")),
    );
    await user.click(await screen.findByRole("button", { name: "Send the decision" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(
      "A city of this name in this country is already in the alliance",
    );
    expect(decide()).toBeTruthy();
  });
});

describe("the administrators' queue", () => {
  it("lists new applications first and filters by state through the address", async () => {
    const sent = answerRequests(() =>
      answerJson({ items: [applicationIn("submitted")], cursor: null }),
    );
    const { user, router } = renderWithApp(<QueuePage />, {
      path: "/admin/membership",
      route: "/admin/membership",
    });
    const link = await screen.findByRole("link", { name: "Tampere" });
    expect(link.getAttribute("href")).toBe(`/admin/membership/${APPLICATION_ID}`);
    expect(sent[0]?.url.searchParams.get("state")).toBe("submitted");
    await user.selectOptions(screen.getByLabelText("Show applications that are"), "resubmitted");
    await vi.waitFor(() => expect(sent.at(-1)?.url.searchParams.get("state")).toBe("resubmitted"));
    expect(router.state.location.search).toBe("?state=resubmitted");
  });
});
