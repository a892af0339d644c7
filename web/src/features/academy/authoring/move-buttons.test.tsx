// @vitest-environment happy-dom
import type { CourseDraft, CourseModule } from "@alliance/core/web";
import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { answerJson, answerRequests, pendingAnswer } from "../../../testing/api-answers.ts";
import { courseDraft } from "../../../testing/course-draft.ts";
import { announcements, renderWithApp } from "../../../testing/render-with-app.tsx";
import { DraftEditorProvider } from "./draft-editor.tsx";
import { OutlineEditor } from "./outline-editor.tsx";
import { authoringKeys } from "./queries.ts";

const lesson = (lessonId: string, title: string) => ({
  lessonId,
  title,
  optional: false,
  citations: [],
  content: { kind: "text" as const, body: "" },
});

const basics: CourseModule = {
  moduleId: "mod_1",
  title: "Basics",
  lessons: [lesson("les_1", "Intro"), lesson("les_2", "Practice")],
};
const deeper: CourseModule = { moduleId: "mod_2", title: "Deeper", lessons: [] };

const draft: CourseDraft = courseDraft({
  courseId: "crs_1",
  trainers: [],
  modules: [basics, deeper],
  version: 3,
});

/**
 * The outline of `draft`, the API answering each change with `next`: at once, or
 * when `release` is called if `held`.
 */
function outline(
  next: (modules: CourseModule[]) => CourseModule[],
  { lng = "en", held = false }: { lng?: "en" | "fr"; held?: boolean } = {},
) {
  const moved = () =>
    answerJson({ ...draft, modules: next(draft.modules), version: draft.version + 1 });
  const later = pendingAnswer();
  const calls = answerRequests(() => (held ? later.response : moved()));
  const view = renderWithApp(
    <DraftEditorProvider courseId={draft.courseId}>
      <OutlineEditor />
    </DraftEditorProvider>,
    { cached: [[authoringKeys.draft(draft.courseId), draft]], lng },
  );
  return { calls, release: () => later.resolve(moved()), ...view };
}

const button = (name: string) => screen.getByRole("button", { name });

describe("moving modules and lessons", () => {
  it("names each button with the title, its visible verb first, in each language", () => {
    outline((modules) => modules);
    expect(button("Move up “Intro”").textContent).toBe("Move up");
    expect(button("Move down “Intro”").textContent).toBe("Move down");
    expect(button("Move down “Basics”").textContent).toBe("Move down");
  });

  it("speaks French", () => {
    outline((modules) => modules, { lng: "fr" });
    expect(button("Monter «\u202fIntro\u202f»").textContent).toBe("Monter");
    expect(button("Descendre «\u202fDeeper\u202f»").textContent).toBe("Descendre");
  });

  it("moves a module with the keyboard, keeps focus on its button and says where it is", async () => {
    const swap = ([first, second]: CourseModule[]) => [second, first] as CourseModule[];
    const { calls, user, release } = outline(swap, { held: true });
    button("Move down “Basics”").focus();
    await user.keyboard("{Enter}");
    expect(announcements()).toContain("Moving “Basics”…");
    // A browser may drop the focus of an element React moves: the editor puts it back.
    (document.activeElement as HTMLElement).blur();
    release();

    await waitFor(() => expect(announcements()).toContain("“Basics” is now module 2 of 2."));
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      method: "POST",
      path: "/api/courses/crs_1/draft/modules/mod_1/move",
      body: { direction: "down" },
    });
    expect(calls[0]?.headers.get("if-match")).toBe('"3"');
    expect(screen.getByRole("heading", { name: "Module 2: Basics" })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(button("Move down “Basics”")));
    // Now the last: the button says it cannot go further down, yet keeps the focus.
    expect(button("Move down “Basics”").getAttribute("aria-disabled")).toBe("true");
  });

  it("moves a lesson within its module, focus staying on the button pressed", async () => {
    const reorder = ([first, second]: CourseModule[]) => [
      { ...basics, lessons: [...(first?.lessons ?? [])].reverse() },
      second as CourseModule,
    ];
    const { calls, user, release } = outline(reorder, { held: true });
    await user.click(button("Move up “Practice”"));
    (document.activeElement as HTMLElement).blur();
    release();
    await waitFor(() =>
      expect(announcements()).toContain("“Practice” is now lesson 1 of 2 in module 1, “Basics”."),
    );
    expect(calls[0]).toMatchObject({
      method: "POST",
      path: "/api/courses/crs_1/draft/lessons/les_2/move",
      body: { direction: "up" },
    });
    await waitFor(() => expect(document.activeElement).toBe(button("Move up “Practice”")));
    expect(button("Move up “Practice”").getAttribute("aria-disabled")).toBe("true");
  });

  it("at an end, stays focusable, sends nothing and says why nothing moved", async () => {
    const { calls, user } = outline((modules) => modules);
    const up = button("Move up “Basics”");
    expect(up.getAttribute("aria-disabled")).toBe("true");
    expect(button("Move down “Deeper”").getAttribute("aria-disabled")).toBe("true");
    expect(button("Move down “Basics”").getAttribute("aria-disabled")).toBeNull();

    up.focus();
    await user.keyboard("{Enter}");
    expect(announcements()).toContain("“Basics” is already the first module.");
    await user.click(button("Move down “Practice”"));
    expect(announcements()).toContain("“Practice” is already the last lesson of its module.");
    expect(calls).toHaveLength(0);
    expect(document.activeElement).toBe(button("Move down “Practice”"));
  });
});
