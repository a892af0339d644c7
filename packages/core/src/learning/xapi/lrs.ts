import XAPI, { type Statement } from "@xapi/xapi";
import validate from "xapi-validation";

/** Where statements go: a Learning Record Store's statements endpoint and its credentials. */
export interface LrsConfig {
  /** The LRS's xAPI base, such as `https://lrs.example.org/xapi/` (statements are under it). */
  endpoint: string;
  key: string;
  secret: string;
}

/** The library's request function (its type is not exported by name). */
type AdapterFunction = Extract<
  NonNullable<ConstructorParameters<typeof XAPI>[0]["adapter"]>,
  (...args: never[]) => unknown
>;

/** Why a statement was not delivered: `retry` later, or `refused` for good. */
export class DeliveryError extends Error {
  override name = "DeliveryError";
  constructor(
    message: string,
    readonly outcome: "retry" | "refused",
  ) {
    super(message);
  }
}

/** Sends one statement; resolves once the LRS has it (or already had it). */
export type StatementSender = (statement: Statement) => Promise<void>;

/**
 * What the xAPI specification says is wrong with a statement (xapi-validation, the
 * Learning Locker rules), as one line per problem; empty when it is valid.
 */
export function statementProblems(statement: Statement): string[] {
  // The package is CommonJS: under ESM its function can sit one `default` deeper.
  const check = ((validate as unknown as { default?: typeof validate }).default ??
    validate) as typeof validate;
  return check(statement).map((warning) => {
    const path = (warning as unknown as { path?: string[] }).path ?? [];
    return `${path.join(".")}: ${warning.constructor.name}`;
  });
}

/** A status worth another try: throttling, the LRS away, credentials being fixed. */
const RETRIED = new Set([401, 403, 408, 429]);

/**
 * Sends through `@xapi/xapi` (POST /statements, xAPI 1.0.3, with the statement's own
 * id), after checking the statement against the specification. A 409 means the LRS
 * holds another statement under this id: sending again cannot help, so it is refused.
 */
export function lrsSender(config: LrsConfig): StatementSender {
  const xapi = new XAPI({
    endpoint: config.endpoint.endsWith("/") ? config.endpoint : `${config.endpoint}/`,
    auth: XAPI.toBasicAuth(config.key, config.secret),
    adapter: fetchWithStatus,
    version: "1.0.3",
  });
  return async (statement) => {
    const problems = statementProblems(statement);
    if (problems.length > 0) {
      throw new DeliveryError(`Not a valid xAPI statement: ${problems.join("; ")}`, "refused");
    }
    try {
      await xapi.sendStatement({ statement });
    } catch (error) {
      const status = statusOf(error);
      if (status === null || status >= 500 || RETRIED.has(status)) {
        throw new DeliveryError(`The LRS did not take it: ${describe(error, status)}`, "retry");
      }
      throw new DeliveryError(`The LRS refused it: ${describe(error, status)}`, "refused");
    }
  };
}

/** An LRS answer that is not 2xx, with its status (the library's own fetch adapter drops it). */
class LrsHttpError extends Error {
  constructor(
    readonly status: number,
    body: string,
  ) {
    super(body.slice(0, 300));
  }
}

/**
 * The library's request, over fetch, giving up after 10 s (a hung LRS must not hold a
 * stream batch), and failing with the status.
 */
async function fetchWithStatus<T>({
  url,
  method,
  data,
  headers = {},
}: Parameters<AdapterFunction>[0]): Promise<{
  data: T;
  headers: Record<string, string>;
  status: number;
}> {
  const json = headers["Content-Type"] === "application/json";
  const response = await fetch(url, {
    method,
    headers,
    body: json ? JSON.stringify(data) : data,
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  if (!response.ok) throw new LrsHttpError(response.status, text);
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {}
  return {
    data: body as T,
    headers: Object.fromEntries(response.headers.entries()),
    status: response.status,
  };
}

/** The HTTP status of a failed request, or null for a network failure or a timeout. */
const statusOf = (error: unknown): number | null =>
  error instanceof LrsHttpError ? error.status : null;

function describe(error: unknown, status: number | null): string {
  const message = error instanceof Error ? error.message : String(error);
  return status === null ? message : `HTTP ${status} ${message}`.trim();
}
