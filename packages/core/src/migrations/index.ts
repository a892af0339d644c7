/**
 * Versioned data migrations (decision 0043): the list, in order, and the runner.
 * A migration sits beside the domain whose items it changes; this is the one place
 * that lists them. Append only: a released migration keeps its number and its id.
 */
import { courseCatalogueMigration } from "../academy/catalogue-backfill.ts";
import { courseSummariesMigration } from "../academy/summary-backfill.ts";
import { membershipRetentionMigration } from "../membership/retention-migration.ts";
import type { Migration } from "./migration.ts";

export const MIGRATIONS: readonly Migration<unknown>[] = [
  courseSummariesMigration,
  membershipRetentionMigration,
  courseCatalogueMigration,
];

export type { Migration, MigrationPage } from "./migration.ts";
export { type MigrationReport, type RunOptions, runMigrations } from "./runner.ts";
