/// <reference path="./.sst/platform/config.d.ts" />

/**
 * The SST app. It only wires infra/* together and returns their outputs; every resource
 * is defined in infra/, and shared facts come from packages/core and infra/platform-settings.
 */
export default $config({
  async app(input) {
    const { APP_NAME, REGION, isProduction } = await import("./infra/platform-settings.ts");
    const production = isProduction(input?.stage ?? "");
    return {
      name: APP_NAME,
      home: "aws",
      removal: production ? "retain" : "remove",
      protect: production,
      providers: { aws: { region: REGION } },
    };
  },
  async run() {
    const storage = await import("./infra/storage.ts");
    const auth = await import("./infra/auth.ts");
    const { api } = await import("./infra/api.ts");
    const { site } = await import("./infra/web.ts");
    const { changeDeadLetters } = await import("./infra/events.ts");
    const { scheduleDeadLetters } = await import("./infra/schedules.ts");
    const { secretArn: xapiSecret } = await import("./infra/xapi.ts");
    const { alarmTopic, dashboard } = await import("./infra/operations.ts");
    const { backupPlan } = await import("./infra/backup.ts");
    return {
      WebUrl: site.url,
      ApiUrl: api.url,
      UserPoolId: auth.userPool.id,
      UserPoolClientId: auth.userPoolClient.id,
      TableName: storage.table.name,
      AttachmentsBucket: storage.attachments.name,
      ChangeStreamDeadLetters: changeDeadLetters.url,
      ScheduleDeadLetters: scheduleDeadLetters.url,
      XapiSecret: xapiSecret,
      AlarmTopic: alarmTopic.arn,
      Dashboard: dashboard.dashboardName,
      ...(backupPlan && {
        BackupVault: backupPlan.vault.name,
        BackupCopyVault: backupPlan.copyVault.arn,
      }),
    };
  },
});
