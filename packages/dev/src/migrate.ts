import {
  createDataService,
  createDynamoClient,
  MIGRATIONS,
  type MigrationReport,
  type RunOptions,
  runMigrations,
} from "@alliance/core";
import type { TableTarget } from "./table-target.ts";

/** Runs the pending data migrations on `target` (decision 0043). */
export async function migrateTable(
  target: TableTarget,
  options: RunOptions = {},
  migrations = MIGRATIONS,
): Promise<MigrationReport[]> {
  const client = createDynamoClient({
    region: target.region,
    ...(target.endpoint && { dynamoEndpoint: target.endpoint }),
  });
  try {
    return await runMigrations(createDataService(client, target.tableName), migrations, options);
  } finally {
    client.destroy();
  }
}

/** One line per migration: what this run did with it. */
export function formatReport(report: MigrationReport): string {
  const counts = `${report.seen} read, ${report.changed} ${report.outcome === "dry run" ? "would change" : "changed"}`;
  const resumed = report.resumed ? ", resumed where the last run stopped" : "";
  if (report.outcome === "already applied") return `${report.id}: already applied`;
  return `${report.id}: ${report.outcome} (${counts}${resumed})`;
}
