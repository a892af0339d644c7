import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { ensureTable } from "./bootstrap-table.ts";
import { DevError } from "./errors.ts";
import { isEmptyTable, itemToLine, lineToItem, scanItems, writeItems } from "./table-copy.ts";
import { describeTarget, parseToolArgs, resolveTableTarget, targetClient } from "./table-target.ts";

/**
 * `pnpm table:export --out FILE` and `pnpm table:import --in FILE [--create]`, each
 * with the table options of `pnpm migrate`: the table's items as JSON Lines, read by a
 * paged Scan and written back in batches (docs/operations/restore.md). An import goes
 * only into an empty table; `--create` first makes it as `pnpm dev` does (core's
 * tableSchema: keys, indexes, stream, TTL).
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

async function exportTable(args: string[]) {
  const values = parseToolArgs(args, { out: { type: "string" } });
  if (typeof values.out !== "string") throw new DevError("Name the file to write with --out FILE.");
  const target = resolveTableTarget(values, process.env);
  const client = targetClient(target);
  const file = values.out;
  const out = createWriteStream(file);
  let count = 0;
  try {
    for await (const item of scanItems(client, target.tableName)) {
      if (!out.write(`${itemToLine(item)}\n`)) await once(out, "drain");
      count += 1;
    }
  } finally {
    out.end();
    await once(out, "finish");
    client.destroy();
  }
  process.stdout.write(`Exported ${count} items of ${describeTarget(target)} to ${file}\n`);
}

async function importTable(args: string[]) {
  const values = parseToolArgs(args, { in: { type: "string" }, create: { type: "boolean" } });
  if (typeof values.in !== "string") throw new DevError("Name the file to read with --in FILE.");
  const file = values.in;
  const target = resolveTableTarget(values, process.env);
  const client = targetClient(target);
  try {
    if (values.create) await ensureTable(client, target.tableName);
    if (!(await isEmptyTable(client, target.tableName)))
      throw new DevError(`${describeTarget(target)} is not empty: import only into a new table.`);
    const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
    async function* items() {
      for await (const line of lines) if (line.trim()) yield lineToItem(line);
    }
    const count = await writeItems(client, target.tableName, items());
    process.stdout.write(`Imported ${count} items from ${file} into ${describeTarget(target)}\n`);
  } finally {
    client.destroy();
  }
}

const [command, ...rest] = process.argv.slice(2);
try {
  if (command === "export") await exportTable(rest);
  else if (command === "import") await importTable(rest);
  else throw new DevError(`Unknown command ${command}: use export or import.`);
} catch (error) {
  process.stderr.write(
    `table ${command} failed: ${error instanceof Error ? error.message : error}\n`,
  );
  process.exit(1);
}
