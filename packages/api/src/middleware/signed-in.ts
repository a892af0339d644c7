import { requireRole, requireUser } from "@alliance/core/kernel";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.ts";

/*
 * Route-level guards that run before input validation, so a caller without the
 * right to call a route learns that (401/403) rather than how to fix a body they
 * could not send anyway. Core checks policy again on every use case.
 */

export const signedIn: MiddlewareHandler<AppEnv> = async (_c, next) => {
  requireUser();
  await next();
};

export const adminOnly: MiddlewareHandler<AppEnv> = async (_c, next) => {
  requireRole("admin");
  await next();
};

export const contributorOnly: MiddlewareHandler<AppEnv> = async (_c, next) => {
  requireRole("contributor");
  await next();
};

/** Course authoring: trainers, and administrators who may step in. */
export const authorOnly: MiddlewareHandler<AppEnv> = async (_c, next) => {
  requireRole("trainer", "admin");
  await next();
};
