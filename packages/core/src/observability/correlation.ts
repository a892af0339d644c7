import { AsyncLocalStorage } from "node:async_hooks";

/**
 * The correlation id: one id for everything one request causes (decision 0040). The API
 * runs each request inside `withCorrelationId` (API Gateway's request id, which its access
 * log carries too); every table write made inside carries the id on the item
 * (CORRELATION_ATTRIBUTE, stamped by the DynamoDB client: `stampCorrelationIds`); the
 * change stream reads it back from the new image (TableChange.correlationId), and each
 * consumer runs inside it, so its own writes pass it on. A scheduled job starts its own
 * with `withCorrelationId(newCorrelationId("job-<name>"), …)`.
 */
const storage = new AsyncLocalStorage<string>();

/** The item attribute that carries the last writer's correlation id. Never read by entities. */
export const CORRELATION_ATTRIBUTE = "_correlationId";

/** Ids are at most this long and of these characters (Hono's request id accepts the same). */
const VALID = /^[\w\-=.:]{1,255}$/;

export function isCorrelationId(value: unknown): value is string {
  return typeof value === "string" && VALID.test(value);
}

/** Runs `fn` with `id` as the correlation id of everything it reaches. */
export function withCorrelationId<T>(id: string, fn: () => T): T {
  return storage.run(id, fn);
}

/** The current correlation id, if something started one. */
export function currentCorrelationId(): string | undefined {
  return storage.getStore();
}

/** A new id for work no request started (a scheduled job, a script): `<prefix>-<uuid>`. */
export function newCorrelationId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}
