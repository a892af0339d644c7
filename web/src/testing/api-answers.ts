import { vi } from "vitest";
import { setAccessTokenSource } from "../api/client.ts";

/** The access token every request carries, as a signed-in person's do. */
export const TEST_TOKEN = "test-token";

/** A request the web app sent, as the API received it. */
export interface SentRequest {
  method: string;
  /** The path and query, such as `/api/me`. */
  path: string;
  /** The whole address, for its `pathname` and `searchParams`. */
  url: URL;
  headers: Headers;
  /** The JSON body, if any. */
  body: unknown;
}

/**
 * Answers the web app's requests in a behaviour test: `answer` plays the API for each
 * request (the app's own client, headers and parsing run as in the browser). Gives
 * the list of requests sent, so a test sees what went out, or that nothing did.
 * Undo with `vi.unstubAllGlobals()` after each test.
 */
export function answerRequests(
  answer: (request: SentRequest) => Response | Promise<Response>,
): SentRequest[] {
  const sent: SentRequest[] = [];
  setAccessTokenSource(async () => TEST_TOKEN);
  vi.stubGlobal("fetch", async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), "http://web.test");
    const text = typeof init?.body === "string" ? init.body : "";
    const request: SentRequest = {
      method: (init?.method ?? "GET").toUpperCase(),
      path: url.pathname + url.search,
      url,
      headers: new Headers(init?.headers),
      body: text ? JSON.parse(text) : undefined,
    };
    sent.push(request);
    return answer(request);
  });
  return sent;
}

/** A JSON answer. */
export function answerJson(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json" },
  });
}

/** A problem+json refusal, as the API's error middleware writes it. */
export function answerProblem(
  status: number,
  code: string,
  errors: { field: string; message: string }[] = [],
): Response {
  return new Response(
    JSON.stringify({
      type: "about:blank",
      title: "Refused",
      status,
      detail: "The request was refused.",
      code,
      instance: "/test",
      ...(errors.length > 0 && { errors }),
    }),
    { status, headers: { "Content-Type": "application/problem+json" } },
  );
}

/** An answer that has not come yet, and its `resolve`: to see a form while it waits. */
export function pendingAnswer(): { response: Promise<Response>; resolve: (r: Response) => void } {
  let resolve: (response: Response) => void = () => {};
  const response = new Promise<Response>((settle) => {
    resolve = settle;
  });
  return { response, resolve };
}
