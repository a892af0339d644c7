import { parseArgs } from "node:util";
import { ENV } from "@alliance/core/schema";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DEFAULT_PORTS, PORT_ENV } from "./env.ts";
import { DevError } from "./errors.ts";
import { LOCAL_NAMES, LOCAL_REGION, localDynamoDb } from "./local-aws.ts";

/** Which table a data tool works on: a deployed one (no endpoint) or DynamoDB Local. */
export interface TableTarget {
  tableName: string;
  region: string;
  /** DynamoDB Local's address; absent for a deployed table (AWS credentials from the usual chain). */
  endpoint?: string;
}

/**
 * The table named by `--table` / `--region` / `--endpoint`, else by the API's own
 * variables (TABLE_NAME, AWS_REGION, DYNAMODB_ENDPOINT), else `pnpm dev`'s local table
 * on DynamoDB Local (DYNAMODB_PORT, default 8000). A deployed stage's table name is
 * its stack's `TableName` output (README, "Data migrations").
 */
export function resolveTableTarget(
  values: {
    table?: string | undefined;
    region?: string | undefined;
    endpoint?: string | undefined;
  },
  env: NodeJS.ProcessEnv,
): TableTarget {
  const tableName = values.table ?? env[ENV.tableName];
  const endpoint = values.endpoint ?? env[ENV.dynamoEndpoint];
  if (!tableName) {
    const port = env[PORT_ENV.dynamodb] ?? String(DEFAULT_PORTS.dynamodb);
    return {
      tableName: LOCAL_NAMES.tableName,
      region: LOCAL_REGION,
      endpoint: endpoint ?? `http://localhost:${port}`,
    };
  }
  const region = values.region ?? env[ENV.region] ?? env.AWS_DEFAULT_REGION;
  if (!region) throw new DevError(`Set ${ENV.region} or --region for table ${tableName}.`);
  return { tableName, region, ...(endpoint && { endpoint }) };
}

/** A data tool's parsed flags: the table options and its own. */
export type ToolValues = {
  table?: string;
  region?: string;
  endpoint?: string;
  [flag: string]: string | boolean | undefined;
};

/** Parses a data tool's arguments: the table options plus `extra` flags. */
export function parseToolArgs(
  args: string[],
  extra: Record<string, { type: "string" | "boolean" }>,
): ToolValues {
  try {
    return parseArgs({
      args,
      strict: true,
      options: {
        table: { type: "string" },
        region: { type: "string" },
        endpoint: { type: "string" },
        ...extra,
      },
    }).values as ToolValues;
  } catch (error) {
    throw new DevError(error instanceof Error ? error.message : String(error));
  }
}

/** What a tool prints about its target, so an operator sees which table it touched. */
export const describeTarget = (target: TableTarget) =>
  `table ${target.tableName} in ${target.region}${target.endpoint ? ` at ${target.endpoint}` : ""}`;

/** A low-level client for `target`: DynamoDB Local's dummy keys, or the usual AWS chain. */
export function targetClient(target: TableTarget): DynamoDBClient {
  return target.endpoint
    ? localDynamoDb(target.endpoint, 5)
    : new DynamoDBClient({ region: target.region, maxAttempts: 8 });
}
