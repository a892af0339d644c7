import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.ts";

export type LogLevel = "DEBUG" | "INFO" | "WARN" | "ERROR" | "SILENT";

type Attributes = Record<string, unknown>;

const RANK: Record<LogLevel, number> = { DEBUG: 0, INFO: 1, WARN: 2, ERROR: 3, SILENT: 4 };

/** Lambda's trace header for the current invocation; its Root is the X-Ray trace id. */
const TRACE_ID = /Root=([^;]+)/;

/** Whether JSON.stringify writes every value of `line` as it is (no nested object). */
function flat(line: Attributes): boolean {
  for (const key in line) {
    const value = line[key];
    if (typeof value === "object" ? value !== null : typeof value === "bigint") return false;
  }
  return true;
}

/**
 * What JSON.stringify is given for a value it cannot write as it is: an Error becomes its
 * name, message, own fields (an SDK error's code, $metadata), stack and cause, as
 * Powertools wrote them; a bigint its digits; an object already on the line "[Circular]".
 */
function safeJson(): (key: string, value: unknown) => unknown {
  const seen = new WeakSet<object>();
  return (_key, value) => {
    if (typeof value === "bigint") return value.toString();
    if (typeof value !== "object" || value === null) return value;
    if (seen.has(value)) return "[Circular]";
    seen.add(value);
    if (!(value instanceof Error)) return value;
    const { name, message, stack, cause } = value;
    return Object.assign({ name, message }, value, { stack }, cause !== undefined && { cause });
  };
}

/**
 * The platform's structured log: one JSON line per call, `level`, `message`, `timestamp`,
 * `service` and, in Lambda, `xray_trace_id` first, then the logger's keys and the line's
 * attributes; DEBUG and INFO to stdout, WARN and ERROR to stderr; lines below the level
 * are dropped. The shape Powertools' Logger wrote, for a fraction of its cost per line
 * (an environment read, a deep merge and an attribute store per call, then a Console
 * write): the request log is one line per request, and with Powertools it cost more than
 * the rest of `/api/health` above a bare Hono app (decision 0027).
 */
export class Logger {
  readonly #rank: number;
  readonly #service: string;
  readonly #keys: Attributes = {};

  constructor(level: LogLevel, service: string) {
    this.#rank = RANK[level];
    this.#service = service;
  }

  /** Adds keys to every later line of this logger. */
  appendKeys(keys: Attributes): void {
    Object.assign(this.#keys, keys);
  }

  debug(message: string, attributes: Attributes = {}): void {
    this.write("DEBUG", message, attributes);
  }

  info(message: string, attributes: Attributes = {}): void {
    this.write("INFO", message, attributes);
  }

  warn(message: string, attributes: Attributes = {}): void {
    this.write("WARN", message, attributes);
  }

  error(message: string, attributes: Attributes = {}): void {
    this.write("ERROR", message, attributes);
  }

  /** One line at `level`, with `keys` (a request's) after this logger's own. */
  write(
    level: Exclude<LogLevel, "SILENT">,
    message: string,
    attributes: Attributes,
    keys?: Attributes,
  ) {
    if (RANK[level] < this.#rank) return;
    const traceId = TRACE_ID.exec(process.env._X_AMZN_TRACE_ID ?? "")?.[1];
    const line: Attributes = {
      level,
      message,
      timestamp: new Date().toISOString(),
      service: this.#service,
      ...(traceId !== undefined && { xray_trace_id: traceId }),
      ...this.#keys,
      ...keys,
      ...attributes,
    };
    // A line of strings and numbers (the request log's) needs no replacer.
    const json = flat(line) ? JSON.stringify(line) : JSON.stringify(line, safeJson());
    (RANK[level] < RANK.WARN ? process.stdout : process.stderr).write(`${json}\n`);
  }
}

export function createLogger(logLevel: LogLevel, serviceName = "alliance-api"): Logger {
  return new Logger(logLevel, serviceName);
}

/**
 * One request's logger: the root logger's lines, each with this request's keys (request
 * id, then the actor). Keys live on this object, never on the shared root, so they cannot
 * leak between concurrent requests, and a request costs one small object (decision 0029).
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
    this.#root.write("DEBUG", message, attributes, this.#keys);
  }

  info(message: string, attributes: Attributes = {}): void {
    this.#root.write("INFO", message, attributes, this.#keys);
  }

  warn(message: string, attributes: Attributes = {}): void {
    this.#root.write("WARN", message, attributes, this.#keys);
  }

  error(message: string, attributes: Attributes = {}): void {
    this.#root.write("ERROR", message, attributes, this.#keys);
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
