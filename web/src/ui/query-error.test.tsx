import { ApiError } from "@alliance/api/client";
import { describe, expect, it } from "vitest";
import { RequestTimeoutError } from "../api/client.ts";
import { renderStatic } from "../testing/render-static.tsx";
import { QueryError } from "./query-error.tsx";

const answer = (status: number) =>
  new ApiError({ type: "about:blank", title: "", status, detail: "", code: "x", instance: "" });

const html = (error: unknown) =>
  renderStatic(<QueryError error={error} onRetry={() => {}} />, { path: "/learning?page=2" });

describe("QueryError", () => {
  it("offers to try again after a server error, a lost connection or a timeout", () => {
    for (const error of [
      answer(503),
      new TypeError("Failed to fetch"),
      new RequestTimeoutError(),
    ]) {
      expect(html(error)).toContain('role="alert"');
      expect(html(error)).toContain("Try again</button>");
    }
    expect(html(new RequestTimeoutError())).toContain("took too long to answer");
  });

  it("says what is missing and offers a way on, not a useless try again", () => {
    const missing = html(answer(404));
    expect(missing).toContain("We could not find what you asked for.");
    expect(missing).toMatch(
      /<a class="button button--secondary" href="\/"[^>]*>Go to the home page<\/a>/,
    );
    expect(missing).not.toContain("Try again");
    expect(html(answer(403))).not.toContain("Try again");
  });

  it("asks to sign in again after a 401, and to come back here after", () => {
    const signedOut = html(answer(401));
    expect(signedOut).toContain('href="/sign-in?next=%2Flearning%3Fpage%3D2"');
    expect(signedOut).not.toContain("Try again");
  });
});
