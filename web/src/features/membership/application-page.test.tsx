// @vitest-environment happy-dom
import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import {
  answerJson,
  answerProblem,
  answerRequests,
  type SentRequest,
} from "../../testing/api-answers.ts";
import { announcements, renderWithApp } from "../../testing/render-with-app.tsx";
import { APPLICATION_ID, applicationIn } from "./application.fixture.ts";
import { ApplicationPage } from "./application-page.tsx";

const path = `/membership/applications/${APPLICATION_ID}`;

function open(answer: (request: SentRequest) => Response) {
  const sent = answerRequests(answer);
  return {
    sent,
    ...renderWithApp(<ApplicationPage />, {
      path,
      route: "/membership/applications/:applicationId",
    }),
  };
}

describe("my application", () => {
  it("shows the administrators' question and the log, then sends the edited application back", async () => {
    const asked = applicationIn("information-requested", 2);
    const { sent, user } = open((request) =>
      request.method === "GET"
        ? answerJson(asked)
        : answerJson({ ...asked, state: "resubmitted", version: 3 }),
    );
    await screen.findByRole("heading", { name: "Application of Tampere", level: 1 });
    // The question above the next step, and again in the history.
    expect(screen.getAllByText("Who leads the prevention network?")).toHaveLength(2);
    const log = screen.getByRole("region", { name: "History" });
    expect(
      within(log)
        .getAllByRole("listitem")
        .map((entry) => entry.textContent),
    ).toEqual([
      expect.stringContaining("Submitted"),
      expect.stringContaining("More information requested"),
    ]);

    await user.click(screen.getByRole("button", { name: "Edit and send back" }));
    const region = screen.getByLabelText("Region") as HTMLInputElement;
    expect(region.value).toBe("Pirkanmaa");
    await user.clear(region);
    await user.type(region, "Pirkanmaa region");
    await user.click(screen.getByRole("button", { name: "Send it back" }));
    await vi.waitFor(() =>
      expect(announcements()).toContain("Your application was sent back to the administrators."),
    );
    const resubmit = sent.find((request) => request.method === "POST");
    expect(resubmit?.path).toBe(`/api/membership/applications/${APPLICATION_ID}/resubmit`);
    expect(resubmit?.headers.get("If-Match")).toBe('"2"');
    expect(resubmit?.body).toMatchObject({ region: "Pirkanmaa region", population: 255000 });
  });

  it("withdraws an open application with the version shown", async () => {
    const submitted = applicationIn("submitted");
    const { sent, user } = open((request) =>
      request.method === "GET"
        ? answerJson(submitted)
        : answerJson({ ...submitted, state: "withdrawn", version: 2 }),
    );
    await user.click(await screen.findByRole("button", { name: "Withdraw the application" }));
    await vi.waitFor(() => expect(screen.getByText("You withdrew this application.")).toBeTruthy());
    const withdrawal = sent.find((request) => request.method === "POST");
    expect(withdrawal?.path).toBe(`/api/membership/applications/${APPLICATION_ID}/withdraw`);
    expect(withdrawal?.headers.get("If-Match")).toBe('"1"');
  });

  it("says when it could not load, and loads on Try again", async () => {
    let fail = true;
    const { user } = open(() =>
      fail ? answerProblem(503, "service-unavailable") : answerJson(applicationIn("submitted")),
    );
    const retry = await screen.findByRole("button", { name: "Try again" });
    expect(screen.getByRole("alert").textContent).toContain("Something went wrong on our side");
    fail = false;
    await user.click(retry);
    expect(
      await screen.findByRole("heading", { name: "Application of Tampere", level: 1 }),
    ).toBeTruthy();
  });
});
