import { Logger } from "@aws-lambda-powertools/logger";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.ts";

export type LogLevel = "DEBUG" | "INFO" | "WARN" | "ERROR" | "SILENT";

export function createLogger(logLevel: LogLevel, serviceName = "alliance-api"): Logger {
  return new Logger({ serviceName, logLevel });
}

type Attributes = Record<string, unknown>;

/**
 * One request's logger: the root logger's structured lines, each with this request's keys
 * (request id, then the actor). Keys live on this object, never on the shared root, so
 * they cannot leak between concurrent requests. Powertools' `createChild()` would do the
 * same at the price of a new Logger (and a new Console) per request, most of the
 * middleware's cost (decision 0029).
 */
export class RequestLogger {
  readonly #root: Logger;
  readonly #keys: Attributes;

  constructor(root: Logger, keys: Attributes) {
    this.#root = root;
    this.#keys = keys;
  }

  /** Adds keys to every later line of this request. */
  appendKeys(keys: Attributes): void {
    Object.assign(this.#keys, keys);
  }

  debug(message: string, attributes: Attributes = {}): void {
    this.#root.debug(message, { ...this.#keys, ...attributes });
  }

  info(message: string, attributes: Attributes = {}): void {
    this.#root.info(message, { ...this.#keys, ...attributes });
  }

  warn(message: string, attributes: Attributes = {}): void {
    this.#root.warn(message, { ...this.#keys, ...attributes });
  }

  error(message: string, attributes: Attributes = {}): void {
    this.#root.error(message, { ...this.#keys, ...attributes });
  }
}

/**
 * One structured line per request (method, path, status, duration) tagged with
 * the request id; a logger per request (RequestLogger) keeps keys from leaking
 * between concurrent requests.
 */
export function requestLogging(root: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const logger = new RequestLogger(root, { requestId: c.get("requestId") });
    c.set("logger", logger);
    const started = performance.now();
    try {
      await next();
    } finally {
      logger.info("request", {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        durationMs: Math.round(performance.now() - started),
      });
    }
  };
}
