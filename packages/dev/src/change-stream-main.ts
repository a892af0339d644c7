/**
 * `pnpm dev`'s change stream: polls DynamoDB Local's stream of the table and feeds it
 * to the stream Lambda's own handler (packages/api/src/stream-lambda.ts), with the
 * registered consumers (decision 0024). Runs under `tsx watch` beside the API, so a
 * change to a consumer restarts it; the restart reads the stream from its oldest
 * record again and the consumers skip what they already finished.
 */
import "@alliance/api/node-file-imports";
import { ENV } from "@alliance/core/schema";
import { startChangePoller } from "./change-poller.ts";
import { namesAnLrs, pointAtLocalLrs, startLocalLrs } from "./emulators/local-lrs.ts";

const tableName = process.env[ENV.tableName];
const endpoint = process.env[ENV.dynamoEndpoint];
if (!tableName || !endpoint) {
  console.error(`The change stream needs ${ENV.tableName} and ${ENV.dynamoEndpoint}.`);
  process.exit(1);
}
// `pnpm dev`'s Learning Record Store (decision 0088): run here, beside the consumer that
// sends to it, unless the environment names another one.
const lrsPort = process.env.LRS_PORT;
if (lrsPort && !namesAnLrs(process.env)) {
  const lrs = await startLocalLrs(Number(lrsPort));
  pointAtLocalLrs(process.env, lrs.endpoint);
}
// Imported once the font files' hook above is registered (core imports the fonts).
const { handler } = await import("@alliance/api/stream-lambda");
const poller = await startChangePoller({ endpoint, tableName, handler });
const stop = () => {
  poller.stop().then(() => process.exit(0));
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
