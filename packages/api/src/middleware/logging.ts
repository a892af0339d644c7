import { Logger } from "@aws-lambda-powertools/logger";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.ts";

export type LogLevel = "DEBUG" | "INFO" | "WARN" | "ERROR" | "SILENT";

export function createLogger(logLevel: LogLevel, serviceName = "alliance-api"): Logger {
  return new Logger({ serviceName, logLevel });
}

/**
 * One structured line per request (method, path, status, duration) tagged with
 * the request id; a child logger per request keeps keys from leaking between
 * concurrent requests.
 */
export function requestLogging(root: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const logger = root.createChild();
    logger.appendKeys({ requestId: c.get("requestId") });
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
