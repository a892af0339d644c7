import type { DataService } from "../data/service.ts";

/** One page of what a migration reads, and where the next one starts (null: the end). */
export interface MigrationPage<T> {
  items: T[];
  cursor: string | null;
}

/**
 * A versioned data migration (decision 0043). The runner reads `page` after `page`
 * (a Query of an index, or a Scan when nothing narrower finds the items) and hands
 * each item to `apply`; it records the cursor after each page, so a run that stops
 * half-way resumes where it was.
 */
export interface Migration<T = unknown> {
  /** `NNN-short-name`; runs in this order and is never renumbered once released. */
  id: string;
  title: string;
  page(data: DataService, cursor: string | null, limit: number): Promise<MigrationPage<T>>;
  /**
   * Brings one item up to date and says what it changed, or with `dryRun` what it
   * would change and writes nothing; null when the item needs nothing. Must be
   * idempotent: a second run finds nothing to change, and an item that another
   * writer changed meanwhile is left to that writer.
   */
  apply(data: DataService, item: T, dryRun: boolean): Promise<string | null>;
}
