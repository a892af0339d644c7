import { type Actor, VisibleError, withActor } from "@alliance/core/kernel";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.ts";
import type { TokenVerifier } from "./token-verifier.ts";

const BEARER = /^Bearer\s+([\w-]+\.[\w-]+\.[\w-]+)$/i;

/**
 * Builds the Actor for the request. No Authorization header: anonymous (routes
 * decide whether that is enough). A header that is malformed or carries an
 * invalid token: 401, even on public routes, so a client never silently acts
 * signed out.
 */
export function auth(verifier: TokenVerifier): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header("authorization");
    let actor: Actor = { kind: "anonymous" };
    if (header !== undefined) {
      const token = BEARER.exec(header.trim())?.[1];
      if (!token) {
        throw new VisibleError(
          "unauthenticated",
          "invalid-token",
          "The Authorization header must be 'Bearer <access token>'.",
        );
      }
      actor = await verifier.verify(token);
    }
    c.set("actor", actor);
    c.get("logger").appendKeys({ actor: actor.kind === "user" ? actor.subject : "anonymous" });
    await withActor(actor, next);
  };
}
