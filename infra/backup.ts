import { BACKUP_PLAN, hasBackupPlan } from "./operations-settings.ts";
import { table } from "./storage.ts";

/**
 * AWS Backup of production's table, as stacks/data-stack.ts (BACKUP_PLAN): daily into a
 * vault in REGION, each backup copied to a vault in BACKUP_PLAN.copyRegion (another EU
 * region, through a provider of its own); both kept `retentionDays`. Other stages have
 * point-in-time recovery only. Copying DynamoDB backups across regions needs AWS Backup's
 * advanced DynamoDB features turned on once per account (README, Operations).
 */
function createBackupPlan() {
  const copyRegion = new aws.Provider("BackupCopyRegion", { region: BACKUP_PLAN.copyRegion });
  const copyVault = new aws.backup.Vault(
    "BackupCopyVault",
    { name: BACKUP_PLAN.copyVaultName },
    { provider: copyRegion },
  );
  const vault = new aws.backup.Vault("BackupVault", { name: BACKUP_PLAN.vaultName });
  const lifecycle = { deleteAfter: BACKUP_PLAN.retentionDays };
  const plan = new aws.backup.Plan("BackupPlan", {
    name: BACKUP_PLAN.vaultName,
    rules: [
      {
        ruleName: "DailyWithEuCopy",
        targetVaultName: vault.name,
        schedule: BACKUP_PLAN.scheduleExpression,
        lifecycle,
        copyActions: [{ destinationVaultArn: copyVault.arn, lifecycle }],
      },
    ],
  });
  const role = new aws.iam.Role("BackupRole", {
    assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: "backup.amazonaws.com" }),
    managedPolicyArns: [
      "arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup",
      "arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForRestores",
    ],
  });
  new aws.backup.Selection("BackupTable", {
    name: "Table",
    planId: plan.id,
    iamRoleArn: role.arn,
    resources: [table.arn],
  });
  return { plan, vault, copyVault };
}

export const backupPlan = hasBackupPlan($app.stage) ? createBackupPlan() : undefined;
