import { createApiClient } from "@alliance/api/client";

/**
 * How long a request may wait for the API's answer (its headers; a large body may take
 * longer to arrive). Past it the request fails like a lost connection, so that no
 * page waits forever on a weak or broken connection.
 */
export const REQUEST_TIMEOUT_MS = 10_000;

/** A request that got no answer in time. */
export class RequestTimeoutError extends Error {
  constructor() {
    super("The API did not answer in time.");
    this.name = "RequestTimeoutError";
  }
}

/** `fetchImpl`, aborted after `ms` unless the caller aborts first (which wins). */
export function withTimeout(fetchImpl: typeof fetch, ms: number): typeof fetch {
  return async (input, init) => {
    const controller = new AbortController();
    const caller = init?.signal;
    const forward = () => controller.abort(caller?.reason);
    if (caller?.aborted) forward();
    else caller?.addEventListener("abort", forward, { once: true });
    const timer = setTimeout(() => controller.abort(new RequestTimeoutError()), ms);
    try {
      return await fetchImpl(input, { ...init, signal: controller.signal });
    } finally {
      clearTimeout(timer);
      caller?.removeEventListener("abort", forward);
    }
  };
}

type TokenSource = () => Promise<string | undefined>;

let accessToken: TokenSource = () =>
  Promise.reject(new Error("setAccessTokenSource was not called"));

/**
 * Where requests get the session's token: the auth feature, wired once at start-up
 * (main.tsx), so that this layer below the features imports none of them.
 */
export function setAccessTokenSource(source: TokenSource): void {
  accessToken = source;
}

/** The session's token, or none if Amplify cannot give it in time (the API then says 401). */
async function tokenInTime(): Promise<string | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), REQUEST_TIMEOUT_MS);
  });
  try {
    return await Promise.race([accessToken(), late]);
  } finally {
    clearTimeout(timer);
  }
}

let apiOrigin = "";

/**
 * Where the API is when the code does not run in a page of the site: the server's
 * render (entry-server.tsx) reads the API over HTTP from this origin. In the browser
 * it stays empty and requests go to the page's own origin.
 */
export function setApiOrigin(origin: string): void {
  apiOrigin = origin.replace(/\/+$/, "");
}

const onApiOrigin = (input: string | URL | Request): string | URL | Request =>
  typeof input === "string" && input.startsWith("/") ? `${apiOrigin}${input}` : input;

/** The typed API client; same origin, so the base URL is the site's root. */
export const api = createApiClient({
  getAccessToken: tokenInTime,
  fetch: withTimeout((input, init) => fetch(onApiOrigin(input), init), REQUEST_TIMEOUT_MS),
});

export { ApiError, readJson } from "@alliance/api/client";
