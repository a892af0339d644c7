import { DynamoDBClient, type DynamoDBClientConfig } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { Config } from "../config/config.ts";

/**
 * The DynamoDB client for the configured table. The SDK's standard retry mode
 * retries throttling and transient faults with backoff (up to `maxAttempts`);
 * what still fails afterwards reaches the API as a 503.
 */
export function createDynamoClient(
  config: Pick<Config, "region"> & Partial<Pick<Config, "dynamoEndpoint">>,
  options: {
    maxAttempts?: number;
    /** Replaces the HTTP layer (tests simulate service answers below the SDK's retries). */
    requestHandler?: DynamoDBClientConfig["requestHandler"];
  } = {},
): DynamoDBDocumentClient {
  const local = config.dynamoEndpoint !== undefined;
  const client = new DynamoDBClient({
    region: config.region,
    maxAttempts: options.maxAttempts ?? 4,
    retryMode: "standard",
    ...(options.requestHandler && { requestHandler: options.requestHandler }),
    ...(local && {
      endpoint: config.dynamoEndpoint,
      // DynamoDB Local accepts any credentials; real deployments use the role's.
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    }),
  });
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
}
