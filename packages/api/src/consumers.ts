import type { ChangeConsumer, Core } from "@alliance/core";

/**
 * Every consumer of the table's change stream, in the order they run over a batch
 * (decision 0024): the one list the stream Lambda and `pnpm dev`'s poller both run.
 * A consumer's name keys what it has finished, so it never changes once deployed.
 * Request handlers never call a consumer: they write, and the stream delivers.
 */
export function changeConsumers(_core: Core): ChangeConsumer[] {
  return [];
}
