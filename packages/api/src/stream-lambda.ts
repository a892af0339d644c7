import { createStreamHandlerFromEnv } from "./stream-from-env.ts";

/**
 * The table's DynamoDB Stream (an event source mapping with batch item failures) → the
 * registered change consumers (decision 0024). Config is read once per container.
 * `pnpm dev`'s poller of DynamoDB Local's stream calls this same handler.
 */
export const handler = createStreamHandlerFromEnv();
