import type { App, Environment } from "aws-cdk-lib";
import { alarmEmail, BACKUP_PLAN, hasBackupPlan } from "../infra/operations-settings.ts";
import { APP_NAME, apiLimits, emailSender } from "../infra/platform-settings.ts";
import { euRegion } from "../infra/regions.ts";
import type { RestoredTable } from "../infra/restored-table.ts";
import { ApiStack } from "./api-stack.ts";
import { AuthStack } from "./auth-stack.ts";
import { BackupCopyStack } from "./backup-copy-stack.ts";
import { DataStack } from "./data-stack.ts";
import { EventsStack } from "./events-stack.ts";
import { keepLogsForRetention } from "./log-retention.ts";
import { OperationsStack } from "./operations-stack.ts";
import { SchedulesStack } from "./schedules-stack.ts";
import { WebStack } from "./web-stack.ts";

export interface AllianceProps {
  readonly stage: string;
  readonly env: Environment;
  /** Repository root: esbuild's project root, where pnpm-lock.yaml lives. */
  readonly repoRoot: string;
  /**
   * The web app's public address (`-c siteUrl=https://…`), for links the API hands out.
   * Configured, not taken from the Web stack's distribution: the Web stack already
   * depends on the Api stack (its `/api/*` origin), so the reverse would be a cycle.
   */
  readonly publicSiteUrl: string;
  /**
   * The sender of notification e-mail (`-c emailFrom=…`), a verified SES identity (or in
   * a verified domain); omitted, `notifications@` the site's host (infra/platform-settings.ts).
   */
  readonly emailFrom?: string;
  /**
   * An existing Secrets Manager secret holding the LRS's settings (`-c xapiSecretName=…`,
   * decision 0090); omitted, the Events stack makes one for an operator to fill.
   */
  readonly xapiSecretName?: string;
  /** Who receives this stage's alarms (`-c alarmEmail=…`). */
  readonly alarmEmail: string;
  /**
   * A restored table the stage switches to (`-c tableName=… -c tableStreamArn=…`,
   * docs/operations/restore.md); omit to make and use the stage's own table.
   */
  readonly restoredTable?: RestoredTable;
  /** The built web app to upload; omit to deploy infrastructure only. */
  readonly webAssetsDir?: string;
  /** The built render function (web/dist-server); omit to serve the single-page app only. */
  readonly webRenderDir?: string;
}

/**
 * The whole system as six stacks (seven in production, with its backup copies' vault), named `<App>-<stage>-<Concern>`, in an EU region (or
 * nothing is created: infra/regions.ts).
 */
export function createAlliance(app: App, props: AllianceProps) {
  euRegion(props.env.region ?? "");
  const email = alarmEmail(props.alarmEmail);
  const prefix = `${APP_NAME[0]?.toUpperCase()}${APP_NAME.slice(1)}-${props.stage}`;
  const common = { env: props.env, stage: props.stage };

  const data = new DataStack(app, `${prefix}-Data`, {
    ...common,
    ...(props.restoredTable ? { restoredTable: props.restoredTable } : {}),
  });
  // Production's table is backed up daily and each backup copied to another EU region.
  const backupCopy = hasBackupPlan(props.stage)
    ? new BackupCopyStack(app, `${prefix}-BackupCopy`, {
        env: { ...props.env, region: euRegion(BACKUP_PLAN.copyRegion) },
      })
    : undefined;
  if (backupCopy) data.addStackDependency(backupCopy, "the backup plan copies into its vault");
  const auth = new AuthStack(app, `${prefix}-Auth`, common);
  const platform = {
    ...common,
    repoRoot: props.repoRoot,
    table: data.table,
    attachments: data.attachments,
    userPool: auth.userPool,
    userPoolClient: auth.userPoolClient,
    publicSiteUrl: props.publicSiteUrl,
  };
  const api = new ApiStack(app, `${prefix}-Api`, platform);
  const emailFrom = emailSender(props.emailFrom, props.publicSiteUrl);
  const events = new EventsStack(app, `${prefix}-Events`, {
    ...platform,
    emailFrom,
    ...(props.xapiSecretName ? { xapiSecretName: props.xapiSecretName } : {}),
  });
  const schedules = new SchedulesStack(app, `${prefix}-Schedules`, {
    ...platform,
    emailFrom,
    xapiSecret: events.xapiSecret,
  });
  const web = new WebStack(app, `${prefix}-Web`, {
    ...common,
    api: api.api,
    attachments: data.attachments,
    publicSiteUrl: props.publicSiteUrl,
    ...(props.webAssetsDir ? { webAssetsDir: props.webAssetsDir } : {}),
    ...(props.webRenderDir ? { webRenderDir: props.webRenderDir } : {}),
  });
  const operations = new OperationsStack(app, `${prefix}-Operations`, {
    ...common,
    alarmEmail: email,
    api: api.api,
    functions: [
      {
        id: "ApiFunction",
        fn: api.handler,
        reservedConcurrency: apiLimits(props.stage).reservedConcurrency,
      },
      {
        id: "CertificateFunction",
        fn: api.certificateHandler,
        reservedConcurrency: apiLimits(props.stage).certificateConcurrency,
      },
      {
        id: "ScormFunction",
        fn: api.scormHandler,
        reservedConcurrency: apiLimits(props.stage).scormConcurrency,
      },
      {
        id: "SearchFunction",
        fn: api.searchHandler,
        reservedConcurrency: apiLimits(props.stage).searchConcurrency,
      },
      { id: "StreamFunction", fn: events.handler },
      { id: "ScheduledFunction", fn: schedules.handler, scheduled: true },
      ...(web.renderHandler ? [{ id: "RenderFunction", fn: web.renderHandler }] : []),
    ],
    table: data.table,
    deadLetters: events.deadLetters,
    scheduleDeadLetters: schedules.deadLetters,
  });
  keepLogsForRetention(app, props.stage);
  return { data, auth, api, events, schedules, web, operations, backupCopy };
}
