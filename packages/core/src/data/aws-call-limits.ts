/**
 * How long the API waits for the services it depends on: the one place these limits
 * live (decision 0017). Every SDK client (DynamoDB, S3, Cognito) is built with
 * `awsClientLimits()`, and the token verifier fetches the JWKS within `jwksTimeoutMs`,
 * so in AWS a frozen or unreachable dependency answers 503 within `worstCaseCallMs`,
 * not after the Lambda's own timeout.
 */
export interface CallLimits {
  /** DNS and TCP connect; in-region this takes milliseconds. */
  connectionTimeoutMs: number;
  /** One attempt, from sending the request to the response headers (connect included). */
  requestTimeoutMs: number;
  /** Idle time while the response body streams in (a server that stops mid-answer). */
  socketTimeoutMs: number;
  /** Attempts in all. The SDK's standard mode retries throttling, 5xx, timeouts, resets. */
  maxAttempts: number;
  /**
   * The longest wait before a retry: standard mode waits a random share (full jitter)
   * of 1000 ms after throttling, of 50 ms after other transient faults.
   */
  maxBackoffMs: number;
  /** The JWKS (the pool's signing keys) is fetched once per container, in one attempt. */
  jwksTimeoutMs: number;
}

/** In AWS. */
export const AWS_CALL_LIMITS: CallLimits = {
  connectionTimeoutMs: 500,
  requestTimeoutMs: 1500,
  socketTimeoutMs: 1500,
  maxAttempts: 2,
  maxBackoffMs: 1000,
  jwksTimeoutMs: 2000,
};

/**
 * Against the local emulators (an endpoint is configured): DynamoDB Local's JVM and
 * cognito-local answer in seconds, not milliseconds, on a busy laptop or a loaded CI
 * machine, so waiting as briefly as in AWS would turn slowness into false outages.
 */
export const EMULATOR_CALL_LIMITS: CallLimits = {
  ...AWS_CALL_LIMITS,
  connectionTimeoutMs: 2000,
  requestTimeoutMs: 10_000,
  socketTimeoutMs: 10_000,
  jwksTimeoutMs: 10_000,
};

/** The limits for a client of a service at `endpoint` (absent: the AWS service itself). */
export function callLimitsFor(endpoint: string | undefined): CallLimits {
  return endpoint === undefined ? AWS_CALL_LIMITS : EMULATOR_CALL_LIMITS;
}

/**
 * The longest one SDK call can take before its error reaches the caller. In AWS:
 * 1500 + 1000 + 1500 = 4000 ms, under the 5 s within which an outage must answer 503.
 * Assumes the service sends no Retry-After hint (DynamoDB, S3 and Cognito do not);
 * the SDK would honour one by up to 5 s more.
 */
export function worstCaseCallMs(limits: CallLimits = AWS_CALL_LIMITS): number {
  return (
    limits.maxAttempts * limits.requestTimeoutMs + (limits.maxAttempts - 1) * limits.maxBackoffMs
  );
}

/**
 * Client settings shared by every SDK client. `requestHandler` is the options of the
 * SDK's own NodeHttpHandler: `throwOnRequestTimeout` makes a breached request timeout
 * an error (without it, this SDK version only logs a warning and keeps waiting).
 */
export function awsClientLimits(limits: CallLimits) {
  return {
    maxAttempts: limits.maxAttempts,
    retryMode: "standard",
    requestHandler: {
      connectionTimeout: limits.connectionTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      socketTimeout: limits.socketTimeoutMs,
      throwOnRequestTimeout: true,
    },
  } as const;
}
