import { RemovalPolicy, Stack, type StackProps } from "aws-cdk-lib";
import * as backup from "aws-cdk-lib/aws-backup";
import type { Construct } from "constructs";
import { BACKUP_PLAN } from "../infra/operations-settings.ts";

/**
 * Production's backup copies, in BACKUP_PLAN.copyRegion (another EU region): one vault,
 * named so the Data stack's plan can name it in its copy action without a cross-region
 * reference. Kept when the stack is removed, as the backups in it.
 */
export class BackupCopyStack extends Stack {
  readonly vault: backup.BackupVault;

  constructor(scope: Construct, id: string, props: StackProps) {
    super(scope, id, props);
    this.vault = new backup.BackupVault(this, "CopyVault", {
      backupVaultName: BACKUP_PLAN.copyVaultName,
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}

/** The copy vault's ARN, built from its fixed name, for the plan in the table's region. */
export function copyVaultArn(stack: Stack): string {
  return `arn:${stack.partition}:backup:${BACKUP_PLAN.copyRegion}:${stack.account}:backup-vault:${BACKUP_PLAN.copyVaultName}`;
}
