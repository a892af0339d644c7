import { randomUUID } from "node:crypto";
import { createStreamHandlerFromEnv, type StreamHandler } from "@alliance/api";
import { type ChangeConsumer, type Core, createCore, createDynamoClient } from "@alliance/core";
import {
  type ChangePoller,
  ensureTable,
  LOCAL_REGION,
  localDynamoDb,
  localS3,
  startChangePoller,
} from "@alliance/dev";
import { DeleteTableCommand } from "@aws-sdk/client-dynamodb";
import { inject } from "vitest";
import "../../support/provided.ts";

export interface ChangeStream {
  /** Core over the stream's table: write through it. */
  core: Core;
  tableName: string;
  /** The API's environment over this stream's table (and bucket, if given). */
  env: Record<string, string>;
  /** The stream Lambda's handler, as the poller calls it (each call noted in `batches`). */
  handler: StreamHandler;
  /** The event ids of each batch handed to the handler, in order. */
  batches: string[][];
  poller: ChangePoller;
  /** Starts the poller (after the writes a test wants in one batch). */
  start(options?: { retryAttempts?: number }): Promise<ChangePoller>;
  /** Stops the poller; drops the table if it was made for this stream. */
  stop(): Promise<void>;
}

/**
 * The change stream as `pnpm dev` runs it: DynamoDB Local's stream polled and fed to
 * the stream Lambda's handler, here with the given consumers (default: the registered
 * ones). By default over a table of its own, so its batches hold only this test's
 * changes; `shared: true` polls the run's table, where other test files write too.
 * `await stream.poller.drained()` waits until every change so far was handed over.
 * With `bucket`, core's attachments bucket (on the S3 emulator) is that one, so the
 * consumers that keep objects there (the search snapshot) are registered too.
 */
export async function changeStream(
  options: { consumers?: (core: Core) => ChangeConsumer[]; shared?: boolean; bucket?: string } = {},
): Promise<ChangeStream> {
  const apiEnv = inject("apiEnv");
  const endpoint = inject("localCloud").endpoints.dynamodb;
  const tableName = options.shared ? inject("localCloud").ids.tableName : `changes-${randomUUID()}`;
  if (!options.shared) {
    const admin = localDynamoDb(endpoint);
    await ensureTable(admin, tableName).finally(() => admin.destroy());
  }
  const s3Endpoint = inject("localCloud").endpoints.s3;
  const config = {
    tableName,
    region: LOCAL_REGION,
    dynamoEndpoint: endpoint,
    ...(options.bucket && { attachmentsBucket: options.bucket, s3Endpoint }),
  };
  const core = createCore({
    config,
    client: createDynamoClient(config),
    ...(options.bucket && { s3: localS3(s3Endpoint) }),
  });
  const env = {
    ...apiEnv,
    TABLE_NAME: tableName,
    ...(options.bucket && { ATTACHMENTS_BUCKET: options.bucket }),
    LOG_LEVEL: "SILENT",
  };
  const dispatch = createStreamHandlerFromEnv(env, {
    core,
    ...(options.consumers && { consumers: options.consumers }),
  });
  const batches: string[][] = [];
  const handler: StreamHandler = (event, context) => {
    batches.push(event.Records.map((record) => record.eventID ?? ""));
    return dispatch(event, context);
  };
  const quiet = { info: () => {}, warn: () => {}, error: () => {} };
  let poller: ChangePoller | undefined;
  const stream: ChangeStream = {
    core,
    tableName,
    env,
    handler,
    batches,
    get poller() {
      if (!poller) throw new Error("Start the change stream first.");
      return poller;
    },
    async start({ retryAttempts } = {}) {
      poller = await startChangePoller({
        endpoint,
        tableName,
        handler,
        pollIntervalMs: 50,
        log: quiet,
        ...(retryAttempts !== undefined && { retryAttempts }),
      });
      return poller;
    },
    async stop() {
      await poller?.stop();
      if (options.shared) return;
      const admin = localDynamoDb(endpoint);
      await admin
        .send(new DeleteTableCommand({ TableName: tableName }))
        .finally(() => admin.destroy());
    },
  };
  return stream;
}
