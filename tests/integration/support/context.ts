import { randomUUID } from "node:crypto";
import { type App, createAppFromEnv } from "@alliance/api";
import { type ApiClient, createApiClient, type Problem } from "@alliance/api/client";
import type { Role } from "@alliance/core";
import { createUser, signIn } from "@alliance/dev";
import { inject } from "vitest";
import "../../support/provided.ts";

/** A signed-in test user with real tokens from the Cognito emulator. */
export interface Caller {
  username: string;
  password: string;
  token: string;
  idToken: string;
}

/** One HTTP request to the app in-process, on behalf of `caller` (who the transport may note). */
export type Send = (
  caller: Caller | undefined,
  input: string,
  init: RequestInit,
) => Promise<Response>;

export interface TestContext {
  /** The API wired exactly as in production, against the emulators. */
  app: App;
  /**
   * The typed client the web app uses, as `caller` (anonymous when undefined):
   * a renamed route, a wrong parameter or a wrong body shape fails `pnpm typecheck`.
   */
  api(caller?: Caller): ApiClient;
  /**
   * One request by method and string path, JSON body if given. Only for requests
   * the typed client cannot or must not express: malformed bodies, wrong content
   * types, paths that are the test's subject (tables of routes, the OpenAPI sweep).
   */
  raw(
    caller: Caller | undefined,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response>;
  /** A new person in the pool (optionally in groups, and with a city on their profile). */
  newUser(options?: { groups?: Role[]; cityId?: string | undefined }): Promise<Caller>;
  /** Signs the same person in again: a fresh token carries role changes. */
  signInAgain(caller: Caller): Promise<Caller>;
}

let shared: TestContext | undefined;

export async function testContext(): Promise<TestContext> {
  shared ??= build();
  return shared;
}

function build(): TestContext {
  const cloud = inject("localCloud");
  const app = createAppFromEnv({ ...inject("apiEnv"), LOG_LEVEL: "SILENT" });
  const send: Send = async (_caller, input, init) => app.request(input, init);
  return { app, ...clientsOver(send), ...people(cloud, send, "test") };
}

/**
 * The typed client and the raw helper over one transport. The client is
 * `createApiClient` (the web's own, with its bearer-token handling) rather than
 * `hono/testing`'s `testClient`: both derive from the same `App` type, but this
 * one also proves the web's way of sending the token.
 */
export function clientsOver(send: Send): Pick<TestContext, "api" | "raw"> {
  return {
    api: (caller) =>
      createApiClient({
        baseUrl: "http://localhost",
        fetch: (input, init) => send(caller, String(input), init ?? {}),
        getAccessToken: async () => caller?.token,
      }),
    raw: (caller, method, path, body, headers = {}) =>
      send(caller, path, {
        method,
        headers: {
          ...(caller && { authorization: `Bearer ${caller.token}` }),
          ...(body !== undefined && { "content-type": "application/json" }),
          ...headers,
        },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      }),
  };
}

/**
 * Makes new people in the pool through `send`. Nobody picks their own city while
 * a contributor: with a city, the person chooses it as a learner first and gets
 * their groups afterwards.
 */
export function people(
  cloud: ReturnType<typeof inject<"localCloud">>,
  send: Send,
  prefix: string,
): Pick<TestContext, "newUser" | "signInAgain"> {
  const { api } = clientsOver(send);
  async function signInAgain(caller: Caller): Promise<Caller> {
    const tokens = await signIn(cloud, caller.username, caller.password);
    return { ...caller, token: tokens.accessToken, idToken: tokens.idToken };
  }
  const newUser: TestContext["newUser"] = async (options = {}) => {
    const username = `${prefix}-${randomUUID().slice(0, 13)}`;
    const password = "Test-pass-2026";
    const groups = options.groups ?? [];
    await createUser(cloud, { username, password, groups: options.cityId ? [] : groups });
    const caller = await signInAgain({ username, password, token: "", idToken: "" });
    if (!options.cityId) return caller;
    await api(caller).api.me.$get();
    const set = await api(caller).api.me.$patch({
      json: { cityId: options.cityId },
      header: { "if-match": '"1"' },
    });
    if (set.status !== 200) throw new Error(`could not set the city: ${await set.text()}`);
    if (groups.length === 0) return caller;
    await createUser(cloud, { username, password, groups });
    return signInAgain(caller);
  };
  return { newUser, signInAgain };
}

/** The If-Match header for `version`, as the web sends it. */
export const ifMatch = (version: number | string) => ({ "if-match": `"${version}"` });

interface Answer {
  status: number;
  url: string;
  text(): Promise<string>;
  json(): Promise<unknown>;
}

/** The typed body of an answer that must succeed; anything else fails the test, saying why. */
export async function ok<R extends Answer>(
  pending: R | Promise<R>,
): Promise<Awaited<ReturnType<R["json"]>>> {
  const response = await pending;
  if (response.status >= 300) {
    throw new Error(`${response.status} ${response.url}: ${await response.text()}`);
  }
  return (await response.json()) as Awaited<ReturnType<R["json"]>>;
}

/** The problem details of an error answer (the typed client types only success bodies). */
export async function problemOf(response: { json(): Promise<unknown> }): Promise<Problem> {
  return (await response.json()) as Problem;
}
