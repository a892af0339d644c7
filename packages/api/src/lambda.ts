import { handle } from "hono/aws-lambda";
import { createAppFromEnv } from "./from-env.ts";

/** API Gateway (HTTP API, payload v2) → the Hono app. Config is read once per container. */
export const handler = handle(createAppFromEnv());
