import { randomUUID } from "node:crypto";
import { createAppFromEnv } from "@alliance/api";
import { ensureTable, localDynamoDb } from "@alliance/dev";
import { inject } from "vitest";
import "../../support/provided.ts";
import { clientsOver, people, type Send, type TestContext } from "./context.ts";

/**
 * A TestContext whose API works on a table of its own (same key schema, same
 * Cognito pool): for tests that make member cities, which would otherwise show
 * in the shared table's directory that cities.test.ts lists exactly.
 */
export async function ownTableContext(
  prefix: string,
  /** A table made already (say, a change stream's): the context works on it. */
  table?: string,
): Promise<TestContext & { tableName: string }> {
  const cloud = inject("localCloud");
  const tableName = table ?? `${prefix}-${randomUUID().slice(0, 8)}`;
  await ensureTable(localDynamoDb(cloud.endpoints.dynamodb), tableName);
  const app = createAppFromEnv({ ...inject("apiEnv"), TABLE_NAME: tableName, LOG_LEVEL: "SILENT" });
  const send: Send = async (_caller, input, init) => app.request(input, init);
  return { app, tableName, ...clientsOver(send), ...people(cloud, send, prefix) };
}
