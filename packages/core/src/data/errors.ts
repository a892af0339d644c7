import { VisibleError } from "../errors.ts";

/** Error names of a service asking us to slow down (DynamoDB, S3, Cognito). */
const THROTTLING = new Set([
  "ThrottlingException",
  "ProvisionedThroughputExceededException",
  "RequestLimitExceeded",
  "TooManyRequestsException",
  // S3 (attachments) answers 503 SlowDown when throttling.
  "SlowDown",
]);

/** Error names of a service that is down, failing or did not answer in time. */
const UNAVAILABLE = new Set([
  "ServiceUnavailable",
  "ServiceUnavailableException",
  "InternalServerError",
  "InternalServerException",
  "InternalErrorException",
  "InternalError",
  // The SDK's connection and request timeouts (aws-call-limits.ts), S3's own.
  "TimeoutError",
  "RequestTimeout",
  "RequestTimeoutException",
  "AbortError",
]);

/** Node's codes for a connection refused, reset or unreachable: the service, not us. */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET", // also "socket hang up"
  "EPIPE",
  "ETIMEDOUT",
  "ECONNABORTED",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
]);

interface SdkErrorShape {
  name?: string;
  code?: unknown;
  cause?: unknown;
  $fault?: unknown;
  $metadata?: { httpStatusCode?: number };
  CancellationReasons?: Array<{ Code?: string }>;
}

/** The error and the errors it wraps: ElectroDB puts the SDK's error on `cause`. */
function chain(error: unknown): SdkErrorShape[] {
  const found: SdkErrorShape[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth += 1) {
    found.push(current as SdkErrorShape);
    current = (current as SdkErrorShape).cause;
  }
  return found;
}

/** The first meaningful error name in the chain (not ElectroDB's or a bare Error). */
function awsErrorName(error: unknown): string | undefined {
  return chain(error).find(
    (link) => link.name && link.name !== "ElectroError" && link.name !== "Error",
  )?.name;
}

function transactionReasons(error: unknown): string[] | undefined {
  const cancelled = chain(error).find((link) => link.name === "TransactionCanceledException");
  return cancelled?.CancellationReasons?.map((reason) => reason.Code ?? "None");
}

/**
 * A write lost to its condition. A transaction cancelled only because DynamoDB throttled
 * it is not (it becomes a 503); one whose reasons were not reported still counts.
 */
export function isConditionalCheckFailed(error: unknown): boolean {
  const name = awsErrorName(error);
  if (name === "ConditionalCheckFailedException") return true;
  if (name !== "TransactionCanceledException") return false;
  const reasons = transactionReasons(error);
  return reasons === undefined || reasons.includes("ConditionalCheckFailed");
}

type Fault = "busy" | "unavailable";

/** Which transient fault this is, if any. Anything unlisted (a bug, bad input) is none. */
function transientFault(error: unknown): Fault | undefined {
  const links = chain(error);
  const name = awsErrorName(error);
  const reasons = transactionReasons(error) ?? [];
  if ((name && THROTTLING.has(name)) || reasons.includes("ThrottlingError")) return "busy";
  if (name && UNAVAILABLE.has(name)) return "unavailable";
  for (const link of links) {
    if (typeof link.code === "string" && NETWORK_CODES.has(link.code)) return "unavailable";
    // A service's own 5xx, as the SDK reports it (`$fault` and the status it answered).
    const status = link.$metadata?.httpStatusCode;
    if (link.$fault === "server" && status !== undefined && status >= 500) return "unavailable";
  }
  return undefined;
}

/**
 * Turns a fault of DynamoDB, S3 or Cognito that the caller can retry into a 503
 * VisibleError: throttling (`service-busy`), or a service that refused the connection,
 * did not answer within the timeouts, or answered 5xx (`service-unavailable`). Returns
 * undefined for anything else, which stays an internal error: a bug must not pass for
 * an outage. The SDK has already retried (aws-call-limits.ts) by the time this runs.
 */
export function dataFaultToVisibleError(error: unknown): VisibleError | undefined {
  const fault = transientFault(error);
  if (fault === "busy") {
    return new VisibleError(
      "unavailable",
      "service-busy",
      "The service is busy. Please try again in a moment.",
    );
  }
  if (fault === "unavailable") {
    return new VisibleError(
      "unavailable",
      "service-unavailable",
      "The service is unavailable right now. Please try again in a moment.",
    );
  }
  return undefined;
}
