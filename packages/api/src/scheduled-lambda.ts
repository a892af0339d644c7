import { createScheduledHandlerFromEnv } from "./scheduled-from-env.ts";

/**
 * EventBridge Scheduler → the scheduled job its input names (decision 0078). Config is
 * read once per container. `pnpm dev`'s local scheduler and `pnpm job` call this same
 * handler.
 */
export const handler = createScheduledHandlerFromEnv();
