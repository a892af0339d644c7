import { DynamoDBClient, type DynamoDBClientConfig } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { Config } from "../config/config.ts";
import { stampCorrelationIds } from "../observability/stamp.ts";
import { awsClientLimits, type CallLimits, callLimitsFor } from "./aws-call-limits.ts";

/**
 * The DynamoDB client for the configured table, with the timeouts and the one
 * jittered retry of aws-call-limits.ts: what still fails afterwards (throttling,
 * a refused connection, a table that does not answer) reaches the API as a 503.
 */
export function createDynamoClient(
  config: Pick<Config, "region"> & Partial<Pick<Config, "dynamoEndpoint">>,
  options: {
    /** Replaces the HTTP layer (tests simulate service answers below the SDK's retries). */
    requestHandler?: DynamoDBClientConfig["requestHandler"];
    /** By default AWS's limits, or the emulator's when an endpoint is configured. */
    limits?: CallLimits;
  } = {},
): DynamoDBDocumentClient {
  const local = config.dynamoEndpoint !== undefined;
  const client = new DynamoDBClient({
    region: config.region,
    ...awsClientLimits(options.limits ?? callLimitsFor(config.dynamoEndpoint)),
    ...(options.requestHandler && { requestHandler: options.requestHandler }),
    ...(local && {
      endpoint: config.dynamoEndpoint,
      // DynamoDB Local accepts any credentials; real deployments use the role's.
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    }),
  });
  // Every write carries the correlation id of what caused it (decision 0040).
  stampCorrelationIds(client);
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
}
