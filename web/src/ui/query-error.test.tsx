// @vitest-environment happy-dom
import { useQuery } from "@tanstack/react-query";
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { RequestTimeoutError } from "../api/client.ts";
import { answerProblem, answerRequests } from "../testing/api-answers.ts";
import { renderWithApp } from "../testing/render-with-app.tsx";
import { cataloguePage, catalogueQuery } from "../testing/sample-list-page.tsx";
import { QueryError } from "./query-error.tsx";

/** A page that reads the catalogue and shows its count, or why it could not. */
function Catalogue() {
  const catalogue = useQuery(catalogueQuery);
  if (catalogue.isError) {
    return <QueryError error={catalogue.error} onRetry={() => void catalogue.refetch()} />;
  }
  return <p>{catalogue.isPending ? "Loading" : `${catalogue.data.total} courses`}</p>;
}

/** The API's answer: seven courses. */
const courses = () => cataloguePage(["A", "B", "C", "D", "E", "F", "G"]);

/** The catalogue at /learning?page=2, the API answering `first` and then the page. */
function open(first: () => Response) {
  const calls = answerRequests(() => (calls.length === 1 ? first() : courses()));
  return {
    calls,
    ...renderWithApp(<Catalogue />, { route: "/learning", path: "/learning?page=2" }),
  };
}

describe("QueryError", () => {
  it("says the server failed and asks again when the person tries again", async () => {
    const { calls, user } = open(() => answerProblem(503, "unavailable"));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Something went wrong on our side.");
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("7 courses")).toBeTruthy();
    expect(calls).toHaveLength(2);
    expect(calls[1]?.url.pathname).toBe("/api/courses");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it.each([
    ["a lost connection", new TypeError("Failed to fetch"), "Check your connection"],
    ["a timeout", new RequestTimeoutError(), "took too long to answer"],
  ])("offers to try again after %s, saying which", async (_, error, says) => {
    open(() => {
      throw error;
    });
    expect((await screen.findByRole("alert")).textContent).toContain(says);
    expect(screen.getByRole("button", { name: "Try again" })).toBeTruthy();
  });

  it("says what is missing and leads home, not to a useless try again", async () => {
    const { user, router } = open(() => answerProblem(404, "not-found"));
    expect((await screen.findByRole("alert")).textContent).toContain(
      "We could not find what you asked for.",
    );
    expect(screen.queryByRole("button", { name: "Try again" })).toBeNull();
    await user.click(screen.getByRole("link", { name: "Go to the home page" }));
    expect(router.state.location.pathname).toBe("/");
  });

  it("says a refusal is not theirs to change, without a try again", async () => {
    open(() => answerProblem(403, "forbidden"));
    expect((await screen.findByRole("alert")).textContent).toContain(
      "Your account does not give access to this.",
    );
    expect(screen.queryByRole("button", { name: "Try again" })).toBeNull();
  });

  it("asks to sign in again after a 401, and to come back here after", async () => {
    const { user, router } = open(() => answerProblem(401, "unauthorized"));
    expect((await screen.findByRole("alert")).textContent).toContain("Please sign in again.");
    expect(screen.queryByRole("button", { name: "Try again" })).toBeNull();
    await user.click(screen.getByRole("link", { name: "Sign in" }));
    const { pathname, search } = router.state.location;
    expect(pathname + search).toBe("/sign-in?next=%2Flearning%3Fpage%3D2");
  });
});
