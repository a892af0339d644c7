// @vitest-environment happy-dom
import type { CourseDraft } from "@alliance/core/web";
import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import {
  answerJson,
  answerProblem,
  answerRequests,
  pendingAnswer,
  type SentRequest,
} from "../../../testing/api-answers.ts";
import { COURSE_ID, courseDraft } from "../../../testing/course-draft.ts";
import { errorOf, renderWithApp } from "../../../testing/render-with-app.tsx";
import { DraftEditorProvider } from "./draft-editor.tsx";
import { authoringKeys } from "./queries.ts";
import { TrainersPanel } from "./trainers-panel.tsx";

const AMINA = { userId: "usr_01J9ZC3V6D8R1F3W5S9K2M4N7B", displayName: "Amina Diallo" };
const draft = courseDraft({ version: 2 });
const withAmina: CourseDraft = { ...draft, version: 3, trainers: [...draft.trainers, AMINA] };

/**
 * The panel of `draft`; the platform's trainers are its own and Amina. `change`
 * answers the request that adds a co-trainer.
 */
function open(change: (request: SentRequest) => Response | Promise<Response>) {
  const sent = answerRequests((request) =>
    request.method === "GET" && request.path === "/api/trainers"
      ? answerJson({ items: [...draft.trainers, AMINA] })
      : change(request),
  );
  const { user } = renderWithApp(
    <DraftEditorProvider courseId={COURSE_ID}>
      <TrainersPanel />
    </DraftEditorProvider>,
    { cached: [[authoringKeys.draft(COURSE_ID), draft]] },
  );
  return { sent, user };
}

const field = () => screen.getByLabelText("Add a co-trainer") as HTMLSelectElement;
const add = () => screen.getByRole("button", { name: "Add the co-trainer" });
const changes = (sent: SentRequest[]) => sent.filter((request) => request.method !== "GET");

describe("the trainers panel", () => {
  it("offers the platform's trainers who do not teach the course yet", async () => {
    open(() => answerJson(withAmina));
    await screen.findByRole("option", { name: "Amina Diallo" });
    const offered = [...field().options].map((option) => option.textContent);
    expect(offered).toEqual(["Choose a trainer", "Amina Diallo"]);
  });

  it("asks for a choice first, without a request", async () => {
    const { sent, user } = open(() => answerJson(withAmina));
    await screen.findByRole("option", { name: "Amina Diallo" });
    await user.click(add());
    expect(errorOf(field())).toContain("Choose the trainer to add.");
    expect(field().getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByRole("alert").textContent).toContain("Choose the trainer to add.");
    expect(document.activeElement).toBe(field());
    expect(changes(sent)).toEqual([]);
  });

  it("shows the API's refusal of the person (400) on the field, keeping the choice", async () => {
    const { user } = open(() =>
      answerProblem(400, "invalid-request", [{ field: "userId", message: "Expected a user id" }]),
    );
    await screen.findByRole("option", { name: "Amina Diallo" });
    await user.selectOptions(field(), "Amina Diallo");
    await user.click(add());
    await vi.waitFor(() => expect(field().getAttribute("aria-invalid")).toBe("true"));
    expect(errorOf(field())).toContain("Choose the trainer to add.");
    expect(field().value).toBe(AMINA.userId);
  });

  it("says on the field when the person may not teach (409), keeping the choice", async () => {
    const { user } = open(() => answerProblem(409, "not-a-trainer"));
    await screen.findByRole("option", { name: "Amina Diallo" });
    await user.selectOptions(field(), "Amina Diallo");
    await user.click(add());
    await vi.waitFor(() =>
      expect(errorOf(field())).toContain("only people with the trainer role can teach a course"),
    );
    expect(field().value).toBe(AMINA.userId);
  });

  it("adds the co-trainer, busy until saved, then lists and announces them", async () => {
    const later = pendingAnswer();
    const { sent, user } = open(() => later.response);
    await screen.findByRole("option", { name: "Amina Diallo" });
    await user.selectOptions(field(), "Amina Diallo");
    await user.click(add());
    const busy = await screen.findByRole("button", { name: "Adding…" });
    expect(busy.getAttribute("aria-busy")).toBe("true");
    later.resolve(answerJson(withAmina));
    await screen.findByText("Amina Diallo is now a trainer of this course.");
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "Claire Moreau",
      "Amina Diallo",
    ]);
    expect(field().value).toBe("");
    expect(changes(sent)).toEqual([
      expect.objectContaining({
        method: "PUT",
        path: `/api/courses/${COURSE_ID}/trainers/${AMINA.userId}`,
      }),
    ]);
    expect(changes(sent)[0]?.headers.get("If-Match")).toBe('"2"');
  });
});
