import { randomUUID } from "node:crypto";
import { type App, createAppFromEnv } from "@alliance/api";
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

export interface TestContext {
  /** The API wired exactly as in production, against the emulators. */
  app: App;
  /** One request as `caller` (anonymous when undefined), JSON body if given. */
  call(
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

  const call: TestContext["call"] = (caller, method, path, body, headers = {}) =>
    Promise.resolve(
      app.request(path, {
        method,
        headers: {
          ...(caller && { authorization: `Bearer ${caller.token}` }),
          ...(body !== undefined && { "content-type": "application/json" }),
          ...headers,
        },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      }),
    );

  async function signInAgain(caller: Caller): Promise<Caller> {
    const tokens = await signIn(cloud, caller.username, caller.password);
    return { ...caller, token: tokens.accessToken, idToken: tokens.idToken };
  }

  return {
    app,
    call,
    signInAgain,
    newUser: userMaker(cloud, call, signInAgain, "test"),
  };
}

/**
 * Makes new people in the pool through `call`. Nobody picks their own city while
 * a contributor: with a city, the person chooses it as a learner first and gets
 * their groups afterwards.
 */
export function userMaker(
  cloud: ReturnType<typeof inject<"localCloud">>,
  call: TestContext["call"],
  signInAgain: TestContext["signInAgain"],
  prefix: string,
): TestContext["newUser"] {
  return async (options = {}) => {
    const username = `${prefix}-${randomUUID().slice(0, 13)}`;
    const password = "Test-pass-2026";
    const groups = options.groups ?? [];
    await createUser(cloud, { username, password, groups: options.cityId ? [] : groups });
    const caller = await signInAgain({ username, password, token: "", idToken: "" });
    if (!options.cityId) return caller;
    await call(caller, "GET", "/api/me");
    const set = await call(
      caller,
      "PATCH",
      "/api/me",
      { cityId: options.cityId },
      { "if-match": '"1"' },
    );
    if (set.status !== 200) throw new Error(`could not set the city: ${await set.text()}`);
    if (groups.length === 0) return caller;
    await createUser(cloud, { username, password, groups });
    return signInAgain(caller);
  };
}
