// @vitest-environment happy-dom
import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import {
  answerJson,
  answerProblem,
  answerRequests,
  type SentRequest,
} from "../../testing/api-answers.ts";
import { announcements, errorOf, renderWithApp } from "../../testing/render-with-app.tsx";
import {
  ANSWER_ID,
  answerOf,
  discussionOf,
  QUESTION_ID,
  questionOf,
  SUBJECT,
} from "./discussion.fixture.ts";
import { DiscussionView } from "./discussion.tsx";

const PATH = "/exchange/items/xch_01J9ZC3V6D8R1F3W5S9K2M4N7P";

function open(signedIn: boolean, answer: (request: SentRequest) => Response, lng?: "fr") {
  const sent = answerRequests(answer);
  return {
    sent,
    ...renderWithApp(<DiscussionView subject={SUBJECT} signedIn={signedIn} />, {
      path: PATH,
      route: "/exchange/items/:itemId",
      ...(lng && { lng }),
    }),
  };
}

const posts = (sent: SentRequest[]) => sent.filter((request) => request.method !== "GET");

describe("a discussion, signed out", () => {
  it("says how many questions it has and asks to sign in", async () => {
    open(false, () => answerJson(discussionOf(null, 2)));
    const link = await screen.findByRole("link", { name: "sign in to read and take part" });
    expect(link.closest("p")?.textContent).toBe("2 questions — sign in to read and take part");
    expect(link.getAttribute("href")).toBe(`/sign-in?next=${encodeURIComponent(PATH)}`);
    expect(screen.queryByRole("button", { name: "Ask a question" })).toBeNull();
  });

  it("is translated", async () => {
    open(false, () => answerJson(discussionOf(null, 1)), "fr");
    expect(
      await screen.findByRole("link", { name: "connectez-vous pour lire et participer" }),
    ).toBeTruthy();
  });
});

describe("a discussion, signed in", () => {
  it("shows questions, answers, the city's mark and the accepted answer", async () => {
    open(true, () =>
      answerJson(
        discussionOf([
          questionOf({ acceptedAnswerId: ANSWER_ID, answers: [answerOf({ accepted: true })] }),
        ]),
      ),
    );
    const question = await screen.findByRole("article", { name: "Who answers the phone?" });
    expect(within(question).getByText(/Asked by Noor Bakker/)).toBeTruthy();
    const answer = within(question).getByRole("article", {
      name: "Accepted answer, by Jonas Lund",
    });
    expect(within(answer).getByText("From the city")).toBeTruthy();
    expect(within(answer).getByText("Accepted answer")).toBeTruthy();
  });

  it("lets the asker accept an answer, with the question's version", async () => {
    const { sent, user } = open(true, (request) =>
      request.method === "GET"
        ? answerJson(
            discussionOf([questionOf({ actions: { ...questionOf().actions, accept: true } })]),
          )
        : answerJson(questionOf({ acceptedAnswerId: ANSWER_ID, version: 2 })),
    );
    await user.click(
      await screen.findByRole("button", { name: "Accept the answer by Jonas Lund" }),
    );
    await vi.waitFor(() => expect(announcements()).toContain("The answer is marked as accepted."));
    const [accept] = posts(sent);
    expect(accept).toMatchObject({
      path: `/api/discussions/${SUBJECT}/questions/${QUESTION_ID}/accept`,
      body: { answerId: ANSWER_ID },
    });
    expect(accept?.headers.get("If-Match")).toBe('"1"');
  });

  it("checks a question before sending it, then posts it", async () => {
    const { sent, user } = open(true, (request) =>
      request.method === "GET" ? answerJson(discussionOf([], 0)) : answerJson(questionOf(), 201),
    );
    await user.click(await screen.findByRole("button", { name: "Ask a question" }));
    const title = await screen.findByLabelText("Your question, in one line");
    await user.click(screen.getByRole("button", { name: "Post the question" }));
    expect(errorOf(title)).not.toBe("");
    expect(document.activeElement).toBe(title);
    expect(posts(sent)).toEqual([]);

    await user.type(title, "Who answers the phone?");
    await user.type(screen.getByLabelText("Details"), "Is it social workers, or the police?");
    await user.click(screen.getByRole("button", { name: "Post the question" }));
    await vi.waitFor(() => expect(announcements()).toContain("Your question is posted."));
    expect(posts(sent)[0]).toMatchObject({
      path: `/api/discussions/${SUBJECT}/questions`,
      body: { title: "Who answers the phone?", body: "Is it social workers, or the police?" },
    });
  });

  it("says when the hourly limit is reached, keeping what was typed", async () => {
    const { user } = open(true, (request) =>
      request.method === "GET"
        ? answerJson(discussionOf([questionOf()]))
        : answerProblem(429, "too-many-posts"),
    );
    await user.click(
      await screen.findByRole("button", { name: "Answer the question: Who answers the phone?" }),
    );
    const body = await screen.findByLabelText("Your answer");
    await user.type(body, "Through the youth associations.");
    await user.click(screen.getByRole("button", { name: "Post the answer" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/too many|Too many/);
    expect((body as HTMLTextAreaElement).value).toBe("Through the youth associations.");
  });

  it("reports a post with a reason, and says when it was already reported", async () => {
    let reports = 0;
    const { sent, user } = open(true, (request) => {
      if (request.method === "GET") return answerJson(discussionOf([questionOf()]));
      reports += 1;
      return reports === 1
        ? new Response(null, { status: 204 })
        : answerProblem(409, "already-reported");
    });
    const reportButton = await screen.findByRole("button", {
      name: "Report the answer by Jonas Lund",
    });
    await user.click(reportButton);
    expect(reportButton.getAttribute("aria-expanded")).toBe("true");
    await user.type(
      await screen.findByLabelText("Why should the administrators look at it?"),
      "Off topic.",
    );
    await user.click(screen.getByRole("button", { name: "Send the report" }));
    await vi.waitFor(() =>
      expect(announcements()).toContain("Thank you: the administrators will look at your report."),
    );
    expect(posts(sent)[0]).toMatchObject({
      path: `/api/discussions/${SUBJECT}/questions/${QUESTION_ID}/answers/${ANSWER_ID}/report`,
      body: { reason: "Off topic." },
    });
    await user.click(reportButton);
    await user.type(screen.getByLabelText("Why should the administrators look at it?"), "Again.");
    await user.click(screen.getByRole("button", { name: "Send the report" }));
    expect((await screen.findByRole("alert")).textContent).toContain(
      "You already reported this post.",
    );
  });

  it("names a person who deleted their account as a former member", async () => {
    open(true, () =>
      answerJson(
        discussionOf([
          questionOf({ answers: [answerOf({ author: { userId: "usr_x", name: "" } })] }),
        ]),
      ),
    );
    const answer = await screen.findByRole("article", { name: "the answer by a former member" });
    expect(answer.textContent).toContain("a former member,");
  });

  it("shows a hidden post as hidden, without its content", async () => {
    open(true, () =>
      answerJson(
        discussionOf([
          questionOf({ state: "hidden", title: null, body: null, author: null, answers: [] }),
        ]),
      ),
    );
    const question = await screen.findByRole("article", {
      name: "Question hidden by the moderators",
    });
    expect(within(question).getByText("Hidden by the moderators.")).toBeTruthy();
    expect(question.textContent).not.toContain("social workers");
    expect(within(question).queryByRole("button", { name: /^Answer/ })).toBeNull();
  });

  it("offers to reload after a stale edit (412)", async () => {
    const mine = questionOf({ actions: { ...questionOf().actions, edit: true, report: false } });
    const { user } = open(true, (request) =>
      request.method === "GET"
        ? answerJson(discussionOf([mine]))
        : answerProblem(412, "stale-version"),
    );
    await user.click(
      await screen.findByRole("button", { name: "Edit the question “Who answers the phone?”" }),
    );
    expect(
      ((await screen.findByLabelText("Your question, in one line")) as HTMLInputElement).value,
    ).toBe("Who answers the phone?");
    await user.click(screen.getByRole("button", { name: "Save the changes" }));
    expect(await screen.findByRole("button", { name: "Reload the discussion" })).toBeTruthy();
  });

  it("says why it could not load, and tries again", async () => {
    let calls = 0;
    const { user } = open(true, () => {
      calls += 1;
      return calls === 1
        ? answerProblem(503, "unavailable")
        : answerJson(discussionOf([questionOf()]));
    });
    await user.click(await screen.findByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("article", { name: "Who answers the phone?" })).toBeTruthy();
  });
});
