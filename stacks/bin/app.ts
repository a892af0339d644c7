import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { App } from "aws-cdk-lib";
import { REGION, RENDER_FUNCTION, XAPI_ACCESS } from "../../infra/platform-settings.ts";
import { RESTORED_TABLE_SETTING, restoredTableFromContext } from "../../infra/restored-table.ts";
import { createAlliance } from "../alliance.ts";

/**
 * CDK entry (cdk.json). Stage: `-c stage=<name>` (default "dev"). The account comes from
 * the CLI's credentials; without any, a placeholder keeps `cdk synth` working offline.
 * The web app is uploaded only if it was built first (`pnpm --filter @alliance/web build`),
 * which also builds the render function of its public pages (web/dist-server).
 * `-c siteUrl=https://…` is the web app's public address (your domain, or the Web stack's
 * WebUrl output), from which the API builds the links it hands out.
 * `-c alarmEmail=…` receives the stage's alarms (README, Operations).
 * `-c xapiSecretName=…` names an existing secret of the LRS's settings (decision 0090).
 * `-c tableName=… -c tableStreamArn=…` switch the stage to a restored table instead of its
 * own (docs/operations/restore.md).
 */
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const app = new App();
const stage = String(app.node.tryGetContext("stage") ?? "dev");
const webDist = join(repoRoot, "web", "dist");
const webRender = join(repoRoot, RENDER_FUNCTION.directory);
const siteUrl = String(app.node.tryGetContext("siteUrl") ?? "");
if (!/^https:\/\/[^/?#\s]+(\/[^?#\s]*)?$/.test(siteUrl)) {
  throw new Error(
    "Set the web app's public address: -c siteUrl=https://… (your domain, or the Web stack's WebUrl output).",
  );
}

const restoredTable = restoredTableFromContext(
  app.node.tryGetContext(RESTORED_TABLE_SETTING.cdkTableName),
  app.node.tryGetContext(RESTORED_TABLE_SETTING.cdkStreamArn),
);

createAlliance(app, {
  stage,
  env: { account: process.env.CDK_DEFAULT_ACCOUNT ?? "000000000000", region: REGION },
  repoRoot,
  publicSiteUrl: siteUrl,
  alarmEmail: String(app.node.tryGetContext("alarmEmail") ?? ""),
  emailFrom: String(app.node.tryGetContext("emailFrom") ?? ""),
  xapiSecretName: String(app.node.tryGetContext(XAPI_ACCESS.secretNameContext) ?? "").trim(),
  ...(restoredTable ? { restoredTable } : {}),
  ...(existsSync(join(webDist, "index.html")) ? { webAssetsDir: webDist } : {}),
  ...(existsSync(join(webRender, "lambda.mjs")) ? { webRenderDir: webRender } : {}),
});
