import { describe, expect, it } from "vitest";
import { ApiError } from "./client.ts";
import { problemOf } from "./problem.ts";

const answer = (status: number, code: string, errors?: { field: string; message: string }[]) =>
  new ApiError({
    type: "about:blank",
    title: "",
    status,
    detail: "",
    code,
    instance: "",
    ...(errors && { errors }),
  });

describe("what a failed request means to a form", () => {
  it("names the fields a 400 refused, first message per field", () => {
    const problem = problemOf(
      answer(400, "validation-failed", [
        { field: "contact.email", message: "Expected an e-mail address" },
        { field: "links.0.url", message: "Expected an http(s) address" },
        { field: "contact.email", message: "Too long" },
      ]),
    );
    expect(problem).toEqual({
      status: 400,
      code: "validation-failed",
      fieldErrors: {
        "contact.email": "Expected an e-mail address",
        "links.0.url": "Expected an http(s) address",
      },
      stale: false,
    });
  });

  it("tells a stale edit (412) from a refusal (409)", () => {
    expect(problemOf(answer(412, "version-mismatch"))).toMatchObject({ stale: true });
    expect(problemOf(answer(409, "city-required"))).toEqual({
      status: 409,
      code: "city-required",
      fieldErrors: {},
      stale: false,
    });
  });

  it("has no status nor code when no answer came", () => {
    expect(problemOf(new TypeError("Failed to fetch"))).toEqual({
      status: 0,
      code: null,
      fieldErrors: {},
      stale: false,
    });
  });
});
