import { requireUser } from "@alliance/core";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.ts";

/**
 * Route-level guard that runs before input validation, so an anonymous caller
 * learns they must sign in (401) rather than how to fix a body they cannot send.
 */
export const signedIn: MiddlewareHandler<AppEnv> = async (_c, next) => {
  requireUser();
  await next();
};
