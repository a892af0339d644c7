/**
 * The typed client the web app uses: derived from the API's own routes, so a
 * renamed field or path fails the web build. Imports only types from the server.
 */
import { hc } from "hono/client";
import type { App } from "./app.ts";
import type { Problem } from "./middleware/problem.ts";

export type { Problem };

export interface ApiClientOptions {
  /** Where the API is; the web app calls it same-origin under /api. */
  baseUrl?: string;
  /** The Cognito access token of the signed-in person, if any. */
  getAccessToken?: () => Promise<string | undefined>;
  fetch?: typeof fetch;
}

export function createApiClient(options: ApiClientOptions = {}) {
  const baseFetch = options.fetch ?? ((input, init) => fetch(input, init));
  return hc<App>(options.baseUrl ?? "/", {
    fetch: async (input: string | URL | Request, init?: RequestInit) => {
      const headers = new Headers(init?.headers);
      const token = await options.getAccessToken?.();
      if (token) headers.set("Authorization", `Bearer ${token}`);
      return baseFetch(input, { ...init, headers });
    },
  });
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** An error answer from the API, with its problem details (and field errors, if any). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail);
    this.name = "ApiError";
    this.status = problem.status;
    this.problem = problem;
  }
}

/** The JSON body of a successful answer, or an ApiError carrying the problem details. */
export async function readJson<T>(response: { ok: boolean; status: number; json(): Promise<T> }) {
  if (response.ok) return response.json();
  let problem: Problem;
  try {
    problem = (await response.json()) as unknown as Problem;
  } catch {
    problem = {
      type: "about:blank",
      title: "Unexpected answer",
      status: response.status,
      detail: `The server answered ${response.status}.`,
      code: "unexpected-response",
      instance: "",
    };
  }
  throw new ApiError(problem);
}
