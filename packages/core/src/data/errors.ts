import { VisibleError } from "../errors.ts";

const THROTTLING = new Set([
  "ThrottlingException",
  "ProvisionedThroughputExceededException",
  "RequestLimitExceeded",
  "TooManyRequestsException",
  // S3 (attachments) answers 503 SlowDown when throttling.
  "SlowDown",
]);
const UNAVAILABLE = new Set(["ServiceUnavailable", "InternalServerError", "TimeoutError"]);

/** ElectroDB wraps the SDK's error; the SDK's own name is on `cause`. */
function awsErrorName(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth += 1) {
    if (current.name && current.name !== "ElectroError" && current.name !== "Error") {
      return current.name;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export function isConditionalCheckFailed(error: unknown): boolean {
  const name = awsErrorName(error);
  return name === "ConditionalCheckFailedException" || name === "TransactionCanceledException";
}

/**
 * Turns a data-store fault the caller can act on (retry later) into a VisibleError;
 * returns undefined for anything else, which stays an internal error.
 * The SDK has already retried throttling with backoff by the time this runs.
 */
export function dataFaultToVisibleError(error: unknown): VisibleError | undefined {
  const name = awsErrorName(error);
  if (name && (THROTTLING.has(name) || UNAVAILABLE.has(name))) {
    return new VisibleError(
      "unavailable",
      "service-busy",
      "The service is busy. Please try again in a moment.",
    );
  }
  return undefined;
}
