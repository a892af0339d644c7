import { describe, expect, it } from "vitest";
import { AWS_CALL_LIMITS, worstCaseCallMs } from "./aws-call-limits.ts";
import { dataFaultToVisibleError, isConditionalCheckFailed } from "./errors.ts";

/** An error shaped as the SDK throws it, optionally wrapped by ElectroDB. */
function sdkError(fields: Record<string, unknown>, message = "failed"): Error {
  return Object.assign(new Error(message), fields);
}
const wrapped = (cause: Error) =>
  Object.assign(new Error("Error thrown by DynamoDB client"), { name: "ElectroError", cause });

describe("dataFaultToVisibleError", () => {
  it.each([
    ["a refused connection", sdkError({ code: "ECONNREFUSED" })],
    ["a reset connection (socket hang up)", sdkError({ code: "ECONNRESET" }, "socket hang up")],
    ["a broken pipe", sdkError({ code: "EPIPE" })],
    ["the SDK's request timeout", sdkError({ name: "TimeoutError", code: "ETIMEDOUT" })],
    ["an aborted request", sdkError({ name: "AbortError" })],
    ["S3's RequestTimeout", sdkError({ name: "RequestTimeout", $fault: "client" })],
    ["S3's 500", sdkError({ name: "InternalError", $fault: "server" })],
    [
      "Cognito's 500",
      sdkError({
        name: "InternalErrorException",
        $fault: "server",
        $metadata: { httpStatusCode: 500 },
      }),
    ],
    [
      "any service's 503 without a known name",
      sdkError({ name: "UnknownError", $fault: "server", $metadata: { httpStatusCode: 503 } }),
    ],
    ["a refused connection wrapped by ElectroDB", wrapped(sdkError({ code: "ECONNREFUSED" }))],
  ])("turns %s into 503 service-unavailable", (_what, error) => {
    expect(dataFaultToVisibleError(error)).toMatchObject({
      status: 503,
      code: "service-unavailable",
    });
  });

  it.each([
    ["DynamoDB throttling", sdkError({ name: "ThrottlingException" })],
    ["S3 SlowDown", sdkError({ name: "SlowDown", $metadata: { httpStatusCode: 503 } })],
    ["Cognito TooManyRequests", sdkError({ name: "TooManyRequestsException" })],
    [
      "a transaction cancelled by throttling",
      wrapped(
        sdkError({
          name: "TransactionCanceledException",
          CancellationReasons: [{ Code: "None" }, { Code: "ThrottlingError" }],
        }),
      ),
    ],
  ])("turns %s into 503 service-busy", (_what, error) => {
    expect(dataFaultToVisibleError(error)).toMatchObject({ status: 503, code: "service-busy" });
  });

  it.each([
    ["a TypeError", new TypeError("Cannot read properties of undefined")],
    ["a DynamoDB ValidationException", sdkError({ name: "ValidationException", $fault: "client" })],
    ["a missing table", sdkError({ name: "ResourceNotFoundException", $fault: "client" })],
    ["a denied permission", sdkError({ name: "AccessDeniedException", $fault: "client" })],
    ["a 4xx that says server", sdkError({ $fault: "server", $metadata: { httpStatusCode: 400 } })],
    ["a conditional check", sdkError({ name: "ConditionalCheckFailedException" })],
    ["a string", "ECONNREFUSED"],
  ])("leaves %s alone: a bug must not pass for an outage", (_what, error) => {
    expect(dataFaultToVisibleError(error)).toBeUndefined();
  });
});

describe("isConditionalCheckFailed", () => {
  it("counts a cancelled transaction as lost to its condition unless only throttling cancelled it", () => {
    const cancelled = (codes?: string[]) =>
      wrapped(
        sdkError({
          name: "TransactionCanceledException",
          ...(codes && { CancellationReasons: codes.map((Code) => ({ Code })) }),
        }),
      );
    expect(isConditionalCheckFailed(cancelled(["None", "ConditionalCheckFailed"]))).toBe(true);
    expect(isConditionalCheckFailed(cancelled())).toBe(true);
    expect(isConditionalCheckFailed(cancelled(["ThrottlingError", "None"]))).toBe(false);
    expect(isConditionalCheckFailed(sdkError({ name: "ThrottlingException" }))).toBe(false);
  });
});

describe("the time limits of SDK calls", () => {
  it("let an outage answer within 5 s, whatever the limits are changed to", () => {
    expect(AWS_CALL_LIMITS.connectionTimeoutMs).toBeLessThan(AWS_CALL_LIMITS.requestTimeoutMs);
    expect(AWS_CALL_LIMITS.jwksTimeoutMs).toBeLessThan(5000);
    expect(worstCaseCallMs(AWS_CALL_LIMITS)).toBeLessThan(5000);
  });
});
