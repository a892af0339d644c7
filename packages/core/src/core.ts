import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { cityUseCases } from "./cities/cities.ts";
import type { Config } from "./config/config.ts";
import { createDynamoClient } from "./data/client.ts";
import { createDataService } from "./data/service.ts";
import { profileUseCases } from "./profile/profiles.ts";

/**
 * The domain, wired to one table. The API builds one per process (a Lambda
 * container or the local server) and calls its use cases from routes.
 */
export function createCore(options: {
  config: Pick<Config, "tableName" | "region" | "dynamoEndpoint">;
  /** Inject a client to point at another endpoint or to simulate faults in tests. */
  client?: DynamoDBDocumentClient;
}) {
  const client = options.client ?? createDynamoClient(options.config);
  const data = createDataService(client, options.config.tableName);
  return {
    data,
    profiles: profileUseCases(data),
    cities: cityUseCases(data),
  };
}

export type Core = ReturnType<typeof createCore>;
