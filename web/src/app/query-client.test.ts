import { describe, expect, it } from "vitest";
import { ApiError, RequestTimeoutError } from "../api/client.ts";
import { retryDelay, shouldRetry } from "./query-client.ts";

const answer = (status: number) =>
  new ApiError({ type: "about:blank", title: "", status, detail: "", code: "x", instance: "" });

describe("retrying a failed query", () => {
  it("tries a lost connection or a server error twice more, quickly", () => {
    for (const error of [new TypeError("Failed to fetch"), answer(503), answer(500), answer(429)]) {
      expect([0, 1, 2].map((count) => shouldRetry(count, error))).toEqual([true, true, false]);
    }
    expect([0, 1].map(retryDelay)).toEqual([500, 1000]);
  });

  it("never repeats a 4xx answer, nor a request that already waited the whole timeout", () => {
    for (const error of [answer(400), answer(401), answer(403), answer(404), answer(412)]) {
      expect(shouldRetry(0, error)).toBe(false);
    }
    expect(shouldRetry(0, new RequestTimeoutError())).toBe(false);
  });
});
