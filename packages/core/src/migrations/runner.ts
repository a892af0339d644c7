import type { DataService } from "../data/service.ts";
import type { Migration } from "./migration.ts";

export interface MigrationReport {
  id: string;
  title: string;
  /** "applied" by this run, "already applied" before it, or planned by a "dry run". */
  outcome: "applied" | "already applied" | "dry run";
  /** True when this run went on from where an interrupted one stopped. */
  resumed: boolean;
  /** Items read and items changed (or, in a dry run, that would change) by this run. */
  seen: number;
  changed: number;
}

export interface RunOptions {
  /** Say what would change, write nothing (not even the record of the run). */
  dryRun?: boolean;
  /** Items per page, so per checkpoint. */
  pageSize?: number;
  /** Told each change (or planned change), as `<migration id>: <what>`. */
  onChange?: (line: string) => void;
  now?: () => Date;
}

const DEFAULT_PAGE_SIZE = 100;

/**
 * Runs the migrations not yet applied to the table, in order (decision 0043). Each one
 * reads its items page by page; after each page its record in the table
 * (applied-migration.entity.ts) keeps the cursor and the counts, so a run that stops
 * (a crash, a lost connection, a throttled write that gave up) resumes at the page it
 * was on, and re-applying that page changes nothing because `apply` is idempotent. A
 * migration that throws stops the run: the later ones wait until it passes.
 */
export async function runMigrations(
  data: DataService,
  migrations: readonly Migration<unknown>[],
  options: RunOptions = {},
): Promise<MigrationReport[]> {
  const { dryRun = false, pageSize = DEFAULT_PAGE_SIZE, now = () => new Date() } = options;
  const records = data.entities.migration;
  const { data: found } = await records.query.byId({}).go({ pages: "all", consistent: true });
  const byId = new Map(found.map((record) => [record.migrationId, record]));
  const reports: MigrationReport[] = [];
  for (const migration of migrations) {
    const before = byId.get(migration.id);
    const report: MigrationReport = {
      id: migration.id,
      title: migration.title,
      outcome: dryRun ? "dry run" : "applied",
      resumed: before?.state === "running",
      seen: 0,
      changed: 0,
    };
    reports.push(report);
    if (before?.state === "applied") {
      report.outcome = "already applied";
      continue;
    }
    const record = {
      migrationId: migration.id,
      title: migration.title,
      startedAt: before?.startedAt ?? now().toISOString(),
      seen: before?.seen ?? 0,
      changed: before?.changed ?? 0,
    };
    const save = (state: "running" | "applied", cursor: string | null) =>
      dryRun
        ? undefined
        : records
            .put({
              ...record,
              state,
              seen: record.seen + report.seen,
              changed: record.changed + report.changed,
              ...(cursor && { cursor }),
              ...(state === "applied" && { finishedAt: now().toISOString() }),
            })
            .go();
    let cursor = before?.cursor ?? null;
    if (!before) await save("running", null);
    do {
      const page = await migration.page(data, cursor, pageSize);
      for (const item of page.items) {
        const change = await migration.apply(data, item, dryRun);
        report.seen += 1;
        if (change === null) continue;
        report.changed += 1;
        options.onChange?.(`${migration.id}: ${change}`);
      }
      cursor = page.cursor;
      if (cursor) await save("running", cursor);
    } while (cursor);
    await save("applied", null);
  }
  return reports;
}
