// @vitest-environment happy-dom
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "../../testing/render-with-app.tsx";
import { PostForm } from "./lazy-forms.tsx";

describe("a discussion's form, loaded when first opened", () => {
  it("says that it is loading, then shows the form with its labelled fields", async () => {
    renderWithApp(
      <PostForm
        id="ask"
        kind="question"
        title="Ask a question"
        submitLabel="Post the question"
        pendingLabel="Posting…"
        onSend={async () => undefined}
      />,
    );
    expect(screen.getByRole("status").textContent).toBe("Loading the form…");
    expect(await screen.findByLabelText("Your question, in one line")).toBeDefined();
    expect(screen.getByRole("form", { name: "Ask a question" })).toBeDefined();
    expect(screen.queryByText("Loading the form…")).toBeNull();
  });
});
