import {
  type ChangeBatchSummary,
  type ChangeConsumer,
  type Core,
  createChangeDispatcher,
  createCore,
  createS3Client,
  type DynamoDBBatchResponse,
  type DynamoDBStreamEvent,
  loadConfig,
  processedChangesIn,
} from "@alliance/core";
import { loadEmailConfig, mailDepsFromConfig } from "@alliance/core/email";
import { changeConsumers } from "./consumers.ts";
import { publishMetrics } from "./metrics.ts";
import { createLogger } from "./middleware/logging.ts";
import { traced } from "./stream-tracing.ts";
import { xapiFromEnv } from "./xapi-from-env.ts";

const SERVICE = "alliance-stream";

/**
 * A batch's figures in embedded metric format (decision 0040): the batch's records and
 * failures, and per consumer (a dimension) the changes it handled and skipped; each set
 * with the batch's correlation ids as a property, so a metric's line leads to the requests.
 */
export function publishBatchMetrics(batch: ChangeBatchSummary): void {
  const properties = { correlationIds: batch.correlationIds.join(" ") };
  publishMetrics({
    service: SERVICE,
    counts: { ChangeRecords: batch.records, ChangesFailed: batch.failed },
    properties,
  });
  for (const [consumer, { handled, skipped }] of Object.entries(batch.consumers)) {
    publishMetrics({
      service: SERVICE,
      dimensions: { consumer },
      counts: { ChangesHandled: handled, ChangesSkipped: skipped },
      properties,
    });
  }
}

/** A Lambda handler of DynamoDB stream events; `pnpm dev`'s poller calls it without a context. */
export type StreamHandler = (
  event: DynamoDBStreamEvent,
  context?: { readonly awsRequestId: string },
) => Promise<DynamoDBBatchResponse>;

/**
 * The change stream's handler wired from environment variables, as the API is: the
 * same config, the same core, the registered consumers (or the given ones, in tests).
 */
export function createStreamHandlerFromEnv(
  env: Record<string, string | undefined> = process.env,
  overrides: { core?: Core; consumers?: (core: Core) => ChangeConsumer[] } = {},
): StreamHandler {
  const config = loadConfig(env);
  // As in deps-from-env.ts: build a core only when none is given, its S3 client (the
  // search snapshot's) configured from the same environment.
  const core = overrides.core ?? createCore({ config, s3: createS3Client(config, env) });
  const logger = createLogger(config.logLevel, SERVICE);
  const emailConfig = loadEmailConfig(env);
  if (!emailConfig) logger.warn("EMAIL_FROM is not set: notifications are not sent by e-mail");
  const mail = emailConfig ? mailDepsFromConfig(emailConfig, core.data) : undefined;
  const consumers = overrides.consumers
    ? overrides.consumers(core)
    : changeConsumers(core, {
        mail,
        xapi: xapiFromEnv(env, core.data),
        siteUrl: config.publicSiteUrl,
      });
  const dispatch = createChangeDispatcher({
    consumers: consumers.map(traced),
    processed: processedChangesIn(core.data),
    log: logger,
    report: publishBatchMetrics,
  });
  return async (event, context) => {
    // One invocation at a time per container: the key is replaced on the next one.
    if (context) logger.appendKeys({ requestId: context.awsRequestId });
    return dispatch(event.Records);
  };
}
