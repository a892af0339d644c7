// @vitest-environment happy-dom
import { onlineManager, useQuery } from "@tanstack/react-query";
import { act, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { answerProblem, answerRequests, pendingAnswer } from "../testing/api-answers.ts";
import { renderWithApp } from "../testing/render-with-app.tsx";
import { cataloguePage, catalogueQuery } from "../testing/sample-list-page.tsx";
import { QueryFallback } from "./status.tsx";

/** A page that shows how many courses there are once the catalogue has come. */
function Catalogue() {
  const catalogue = useQuery(catalogueQuery);
  return catalogue.data ? (
    <p>{catalogue.data.total} courses</p>
  ) : (
    <QueryFallback query={catalogue} label="Loading the courses…" />
  );
}

/** The API's answer: seven courses. */
const courses = () => cataloguePage(["A", "B", "C", "D", "E", "F", "G"]);

afterEach(() => onlineManager.setOnline(true));

describe("QueryFallback", () => {
  it("says what is loading while the request is under way", async () => {
    const answer = pendingAnswer();
    answerRequests(() => answer.response);
    renderWithApp(<Catalogue />);
    expect(screen.getByRole("status").textContent).toBe("Loading the courses…");
    answer.resolve(courses());
    expect(await screen.findByText("7 courses")).toBeTruthy();
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("says the device is offline rather than spin, and loads when it is back", async () => {
    onlineManager.setOnline(false);
    const calls = answerRequests(() => courses());
    renderWithApp(<Catalogue />);
    expect(screen.getByRole("status").textContent).toContain("You seem to be offline.");
    expect(calls).toHaveLength(0);
    act(() => onlineManager.setOnline(true));
    expect(await screen.findByText("7 courses")).toBeTruthy();
  });

  it("says why it failed, and Try again asks once more", async () => {
    const calls = answerRequests(() =>
      calls.length === 1 ? answerProblem(500, "internal") : courses(),
    );
    const { user } = renderWithApp(<Catalogue />);
    expect((await screen.findByRole("alert")).textContent).toContain("Something went wrong");
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("7 courses")).toBeTruthy();
    expect(calls).toHaveLength(2);
  });
});
