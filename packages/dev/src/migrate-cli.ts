import { formatReport, migrateTable } from "./migrate.ts";
import { describeTarget, parseToolArgs, resolveTableTarget } from "./table-target.ts";

/**
 * `pnpm migrate [--dry-run] [--table NAME --region REGION] [--endpoint URL]`: runs the
 * table's pending data migrations (decision 0043), on `pnpm dev`'s local table unless
 * a table is named (README, "Data migrations"). `--dry-run` prints what would change
 * and writes nothing.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

try {
  const values = parseToolArgs(process.argv.slice(2), { "dry-run": { type: "boolean" } });
  const target = resolveTableTarget(values, process.env);
  const dryRun = values["dry-run"] === true;
  process.stdout.write(`${dryRun ? "Dry run on" : "Migrating"} ${describeTarget(target)}\n`);
  const reports = await migrateTable(target, {
    dryRun,
    onChange: (line) => process.stdout.write(`  ${line}\n`),
  });
  for (const report of reports) process.stdout.write(`${formatReport(report)}\n`);
} catch (error) {
  process.stderr.write(`pnpm migrate failed: ${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
}
