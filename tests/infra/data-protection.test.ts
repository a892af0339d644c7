import { Match, Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { BACKUP_PLAN } from "../../infra/operations-settings.ts";
import { BACKUP_COPY_REGION, PRODUCTION_STAGE, REGION } from "../../infra/platform-settings.ts";
import { EU_REGIONS, euRegion } from "../../infra/regions.ts";
import { HOOK_TIMEOUT_MS, onlyResource, synthAlliance } from "./synth-alliance.ts";

let production: ReturnType<typeof synthAlliance>;
let staging: ReturnType<typeof synthAlliance>;

beforeAll(() => {
  production = synthAlliance({ stage: PRODUCTION_STAGE });
  staging = synthAlliance({ stage: "staging" });
}, HOOK_TIMEOUT_MS);

describe("regions", () => {
  it("the stage configuration refuses a region outside the EU", () => {
    for (const region of [
      "us-east-1",
      "eu-west-2",
      "eu-central-2",
      "il-central-1",
      "",
      "EU-WEST-1",
    ]) {
      expect(() => euRegion(region), region).toThrow(/is outside the EU/);
    }
    for (const region of EU_REGIONS) expect(euRegion(region)).toBe(region);
  });

  it("every stack, and the backup copies, are in EU regions, the copies in another one", () => {
    expect(EU_REGIONS).toContain(REGION);
    expect(EU_REGIONS).toContain(BACKUP_COPY_REGION);
    expect(BACKUP_COPY_REGION).not.toBe(REGION);
    for (const stack of Object.values(production.stacks)) {
      if (stack) expect(EU_REGIONS as readonly string[]).toContain(stack.region);
    }
    expect(production.stacks.backupCopy?.region).toBe(BACKUP_COPY_REGION);
  });
});

describe("backups (AWS Backup, besides point-in-time recovery)", () => {
  it("production's table is backed up daily and kept 35 days", () => {
    const plan = onlyResource(production.data, "AWS::Backup::BackupPlan").Properties.BackupPlan as {
      BackupPlanRule: Record<string, unknown>[];
    };
    expect(plan.BackupPlanRule).toHaveLength(1);
    expect(plan.BackupPlanRule[0]).toMatchObject({
      ScheduleExpression: "cron(0 3 * * ? *)",
      Lifecycle: { DeleteAfterDays: 35 },
    });
    const selection = onlyResource(production.data, "AWS::Backup::BackupSelection").Properties;
    const tableId = production.data.getResourceId("AWS::DynamoDB::Table");
    expect(selection.BackupSelection).toMatchObject({
      Resources: [{ "Fn::GetAtt": [tableId, "Arn"] }],
    });
    production.data.hasResource("AWS::Backup::BackupVault", { DeletionPolicy: "Retain" });
  });

  it("each backup is copied to a vault in the other EU region, kept as long", () => {
    const plan = onlyResource(production.data, "AWS::Backup::BackupPlan").Properties.BackupPlan as {
      BackupPlanRule: {
        CopyActions: { DestinationBackupVaultArn: string; Lifecycle: unknown }[];
      }[];
    };
    const [copy] = plan.BackupPlanRule[0]?.CopyActions ?? [];
    expect(copy).toEqual({
      DestinationBackupVaultArn: `arn:aws:backup:${BACKUP_COPY_REGION}:123456789012:backup-vault:${BACKUP_PLAN.copyVaultName}`,
      Lifecycle: { DeleteAfterDays: 35 },
    });
    const copyStack = production.stacks.backupCopy;
    if (!copyStack) throw new Error("production has no backup copy stack");
    Template.fromStack(copyStack).hasResource("AWS::Backup::BackupVault", {
      DeletionPolicy: "Retain",
      Properties: Match.objectLike({ BackupVaultName: BACKUP_PLAN.copyVaultName }),
    });
    // The plan is deployed after the vault it copies into exists.
    expect(production.stacks.data.dependencies).toContain(copyStack);
  });

  it("other stages have point-in-time recovery only", () => {
    staging.data.resourceCountIs("AWS::Backup::BackupPlan", 0);
    expect(staging.stacks.backupCopy).toBeUndefined();
    staging.data.hasResourceProperties("AWS::DynamoDB::Table", {
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
  });
});
