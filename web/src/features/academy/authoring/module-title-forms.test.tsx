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
import { OutlineEditor } from "./outline-editor.tsx";
import { authoringKeys } from "./queries.ts";

const MODULE_ID = "mod_01J9ZC3V6D8R1F3W5S9K2M4N7P";
const TITLE_ERROR = "Give the module a title of 1 to 160 characters.";

const withModule = (title: string, version: number) =>
  courseDraft({ version, modules: [{ moduleId: MODULE_ID, title, lessons: [] }] });

function open(draft: CourseDraft, answer: (request: SentRequest) => Response | Promise<Response>) {
  const sent = answerRequests(answer);
  const { user } = renderWithApp(
    <DraftEditorProvider courseId={COURSE_ID}>
      <OutlineEditor />
    </DraftEditorProvider>,
    { cached: [[authoringKeys.draft(COURSE_ID), draft]] },
  );
  return { sent, user };
}

describe("adding a module", () => {
  const field = () => screen.getByLabelText("Title of the new module") as HTMLInputElement;
  const add = () => screen.getByRole("button", { name: "Add the module" });

  it("takes the title's limits from core's moduleInputSchema", () => {
    open(courseDraft(), () => answerJson(withModule("Basics", 2)));
    expect(field().getAttribute("maxlength")).toBe("160");
    expect(field().hasAttribute("required")).toBe(true);
  });

  it("refuses a blank title without a request, and says why", async () => {
    const { sent, user } = open(courseDraft(), () => answerJson(withModule("Basics", 2)));
    await user.type(field(), "   ");
    await user.click(add());
    expect(errorOf(field())).toContain(TITLE_ERROR);
    expect(field().getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByRole("alert").textContent).toContain(TITLE_ERROR);
    expect(document.activeElement).toBe(field());
    expect(sent).toEqual([]);
  });

  it("shows the API's refusal of the title (400) on it, keeping what was typed", async () => {
    const { user } = open(courseDraft(), () =>
      answerProblem(400, "invalid-request", [{ field: "title", message: "Too long" }]),
    );
    await user.type(field(), "Basics");
    await user.click(add());
    await vi.waitFor(() => expect(field().getAttribute("aria-invalid")).toBe("true"));
    expect(errorOf(field())).toContain(TITLE_ERROR);
    expect(field().value).toBe("Basics");
    expect(document.activeElement).toBe(field());
  });

  it("says why the API refused the change when no field is at fault", async () => {
    const { user } = open(courseDraft(), () => answerProblem(409, "invalid-status"));
    await user.type(field(), "Basics");
    await user.click(add());
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("This course is archived: it can no longer be changed.");
    expect(field().value).toBe("Basics");
  });

  it("adds the trimmed title at the end, busy until saved, then announces it", async () => {
    const later = pendingAnswer();
    const { sent, user } = open(courseDraft(), () => later.response);
    await user.type(field(), "  Basics ");
    await user.click(add());
    const busy = await screen.findByRole("button", { name: "Adding…" });
    expect(busy.getAttribute("aria-busy")).toBe("true");
    later.resolve(answerJson(withModule("Basics", 2)));
    const heading = await screen.findByRole("heading", { name: "Module 1: Basics" });
    await vi.waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText("The module “Basics” is added at the end.")).toBeTruthy();
    expect(field().value).toBe("");
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      method: "POST",
      path: `/api/courses/${COURSE_ID}/draft/modules`,
      body: { title: "Basics" },
    });
    expect(sent[0]?.headers.get("If-Match")).toBe('"1"');
  });
});

describe("renaming a module", () => {
  const field = () => screen.getByLabelText("New title for “Basics”") as HTMLInputElement;
  const save = () => screen.getByRole("button", { name: "Save the title" });
  const rename = () => screen.getByRole("button", { name: "Rename “Basics”" });

  it("opens with the title, and refuses an empty one without a request", async () => {
    const { sent, user } = open(withModule("Basics", 4), () =>
      answerJson(withModule("Foundations", 5)),
    );
    await user.click(rename());
    expect(field().value).toBe("Basics");
    expect(document.activeElement).toBe(field());
    await user.clear(field());
    await user.click(save());
    expect(errorOf(field())).toContain(TITLE_ERROR);
    expect(screen.getByRole("alert").textContent).toContain(TITLE_ERROR);
    expect(sent).toEqual([]);
  });

  it("shows the API's refusal of the title (400) on it, keeping what was typed", async () => {
    const { user } = open(withModule("Basics", 4), () =>
      answerProblem(400, "invalid-request", [{ field: "title", message: "Too long" }]),
    );
    await user.click(rename());
    await user.clear(field());
    await user.type(field(), "Foundations");
    await user.click(save());
    await vi.waitFor(() => expect(field().getAttribute("aria-invalid")).toBe("true"));
    expect(errorOf(field())).toContain(TITLE_ERROR);
    expect(field().value).toBe("Foundations");
  });

  it("saves the new title, busy until saved, then closes and announces it", async () => {
    const later = pendingAnswer();
    const { sent, user } = open(withModule("Basics", 4), () => later.response);
    await user.click(rename());
    await user.clear(field());
    await user.type(field(), "Foundations");
    await user.click(save());
    const busy = await screen.findByRole("button", { name: "Saving…" });
    expect(busy.getAttribute("aria-busy")).toBe("true");
    later.resolve(answerJson(withModule("Foundations", 5)));
    await screen.findByRole("heading", { name: "Module 1: Foundations" });
    expect(screen.getByText("The module is renamed “Foundations”.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Save the title" })).toBeNull();
    await vi.waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole("button", { name: "Rename “Foundations”" }),
      ),
    );
    expect(sent[0]).toMatchObject({
      method: "PATCH",
      path: `/api/courses/${COURSE_ID}/draft/modules/${MODULE_ID}`,
      body: { title: "Foundations" },
    });
    expect(sent[0]?.headers.get("If-Match")).toBe('"4"');
  });
});
