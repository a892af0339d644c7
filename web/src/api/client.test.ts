import { describe, expect, it } from "vitest";
import { RequestTimeoutError, withTimeout } from "./client.ts";

/** A fetch whose answer never comes; it fails only when its signal aborts. */
const silent: typeof fetch = (_input, init) =>
  new Promise((_resolve, reject) => {
    init?.signal?.addEventListener("abort", () => reject(init.signal?.reason));
  });

describe("a request to the API", () => {
  it("gives up with a timeout error when no answer comes", async () => {
    await expect(withTimeout(silent, 20)("/api/me")).rejects.toBeInstanceOf(RequestTimeoutError);
  });

  it("still stops when its caller cancels it, with the caller's reason", async () => {
    const caller = new AbortController();
    const request = withTimeout(silent, 60_000)("/api/me", { signal: caller.signal });
    caller.abort(new DOMException("left the page", "AbortError"));
    await expect(request).rejects.toMatchObject({ name: "AbortError" });
  });

  it("passes an answer through", async () => {
    const answered: typeof fetch = async () => new Response("{}", { status: 200 });
    expect((await withTimeout(answered, 1000)("/api/me")).status).toBe(200);
  });
});
