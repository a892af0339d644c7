import { AsyncLocalStorage } from "node:async_hooks";
import { VisibleError } from "../errors.ts";
import type { Role } from "../schema/roles.ts";

/** Who is making the request. Built by the API's auth middleware from a verified token. */
export type Actor =
  | { kind: "anonymous" }
  | {
      kind: "user";
      /** The identity provider's stable subject (Cognito `sub`). */
      subject: string;
      /** The sign-in name (Cognito `username`), used as the first display name. */
      username: string;
      roles: readonly Role[];
    };

export type UserActor = Extract<Actor, { kind: "user" }>;

const storage = new AsyncLocalStorage<Actor>();

/** Runs `fn` with `actor` as the caller for every core function it reaches. */
export function withActor<T>(actor: Actor, fn: () => T): T {
  return storage.run(actor, fn);
}

/** The current caller; anonymous outside a request. */
export function useActor(): Actor {
  return storage.getStore() ?? { kind: "anonymous" };
}

/** The current caller, who must be signed in. */
export function requireUser(): UserActor {
  const actor = useActor();
  if (actor.kind !== "user") {
    throw new VisibleError("unauthenticated", "sign-in-required", "Sign in to do this.");
  }
  return actor;
}

/** The current caller, who must be signed in and hold one of `roles`. */
export function requireRole(...roles: Role[]): UserActor {
  const actor = requireUser();
  if (!roles.some((role) => actor.roles.includes(role))) {
    throw new VisibleError(
      "forbidden",
      "role-required",
      `This needs one of these roles: ${roles.join(", ")}.`,
    );
  }
  return actor;
}
