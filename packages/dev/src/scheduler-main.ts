/**
 * `pnpm dev`'s scheduler (decision 0078): runs each of core's SCHEDULED_JOBS at its
 * schedule's times through the scheduled Lambda's own handler
 * (packages/api/src/scheduled-lambda.ts), as EventBridge Scheduler does in the cloud.
 * Runs under `tsx watch` beside the API and the change stream.
 */
import "@alliance/api/node-file-imports";
import { ENV, SCHEDULED_JOBS } from "@alliance/core/schema";
import { namesAnLrs, pointAtLocalLrs } from "./emulators/local-lrs.ts";
import { startLocalScheduler } from "./local-scheduler.ts";

if (!process.env[ENV.tableName] || !process.env[ENV.dynamoEndpoint]) {
  console.error(`The scheduler needs ${ENV.tableName} and ${ENV.dynamoEndpoint}.`);
  process.exit(1);
}
// `xapi-retry` sends to `pnpm dev`'s LRS, which the change stream's process runs on
// LRS_PORT (change-stream-main.ts), unless the environment names another one.
const lrsPort = process.env.LRS_PORT;
if (lrsPort && !namesAnLrs(process.env)) {
  pointAtLocalLrs(process.env, `http://127.0.0.1:${lrsPort}/xapi/`);
}
// Imported once the font files' hook above is registered (core imports the fonts).
const { handler } = await import("@alliance/api/scheduled-lambda");
const scheduler = startLocalScheduler(SCHEDULED_JOBS, async (job, now) => {
  try {
    await handler({ job, scheduledTime: now.toISOString() });
  } catch {
    // The handler logged it; the next run tries again, as a dead-lettered one would be.
  }
});
for (const [job, next] of Object.entries(scheduler.next())) {
  process.stdout.write(`${job}: next at ${next?.toISOString() ?? "never"}\n`);
}
const stop = () => {
  scheduler.stop();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
