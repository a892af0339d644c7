/**
 * `pnpm job <name> [ISO time] [--table NAME --region REGION --endpoint URL]`: runs one
 * scheduled job now (or as at the given time) through the scheduled Lambda's own handler
 * (decision 0078), on `pnpm dev`'s local table unless a table is named, and prints what
 * it did. Idempotent: a second run in the same window notifies nobody again. The
 * digest sends through the e-mail the environment configures (EMAIL_FROM, USER_POOL_ID,
 * and SES_ENDPOINT / COGNITO_ENDPOINT locally), `xapi-retry` to its LRS (XAPI_SECRET_ID,
 * or XAPI_ENDPOINT / XAPI_KEY / XAPI_SECRET), as the scheduled function's.
 */
import "@alliance/api/node-file-imports";
import { SCHEDULED_JOBS } from "@alliance/core/schema";
import { describeTarget, parseToolArgs, resolveTableTarget } from "./table-target.ts";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
const names: readonly string[] = SCHEDULED_JOBS.map((job) => job.name);

try {
  const args = process.argv.slice(2);
  const positional = args.filter(
    (arg, index) => !arg.startsWith("--") && !args[index - 1]?.startsWith("--"),
  );
  const [name, at] = positional;
  if (!name || !names.includes(name)) {
    throw new Error(`Usage: pnpm job <name> [ISO time]. Jobs: ${names.join(", ")}`);
  }
  const target = resolveTableTarget(
    parseToolArgs(
      args.filter((arg) => !positional.includes(arg)),
      {},
    ),
    process.env,
  );
  process.stdout.write(`Running ${name} on ${describeTarget(target)}\n`);
  const { createScheduledHandler, xapiSenderFromEnv } = await import("@alliance/api");
  const { createCore } = await import("@alliance/core");
  const core = createCore({
    config: { tableName: target.tableName, region: target.region, dynamoEndpoint: target.endpoint },
  });
  const { loadEmailConfig, mailDepsFromConfig } = await import("@alliance/core/email");
  const emailConfig = loadEmailConfig(process.env);
  const mail = emailConfig ? mailDepsFromConfig(emailConfig, core.data) : undefined;
  const handler = createScheduledHandler({
    core,
    logLevel: "WARN",
    mail,
    xapi: xapiSenderFromEnv(process.env),
  });
  const result = await handler({ job: name, ...(at && { scheduledTime: at }) });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} catch (error) {
  process.stderr.write(`pnpm job failed: ${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
}
