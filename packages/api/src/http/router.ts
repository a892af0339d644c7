import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../env.ts";
import { checkInput } from "../middleware/validation.ts";

/**
 * A router whose validation failures become 400 problem+json naming each
 * field (through the app's one error handler), never zod's raw output. Every
 * route's input also passes the text screen there (no NUL, no lone surrogate):
 * build every router with this function so that no route misses it.
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({ defaultHook: checkInput });
}
