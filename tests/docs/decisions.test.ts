import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The decision records in docs/decisions: each opens with its number and title, a date and
 * a status (the header of template.md); numbers are unique; README.md lists every record
 * with the same title, date and status. On a missing or stale row the failure shows the
 * row to paste.
 */
const folder = join(import.meta.dirname, "../../docs/decisions");
const RECORD_FILE = /^(\d{4})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$/;
const STATUS = /^(?:Proposed|Accepted|Superseded by (\d{4}))$/;

interface Record {
  file: string;
  number: string;
  title: string | undefined;
  date: string | undefined;
  status: string | undefined;
}

function readRecord(file: string): Record {
  const lines = readFileSync(join(folder, file), "utf8").split("\n");
  const header = lines.slice(0, 6);
  const field = (name: string) =>
    header.find((line) => line.startsWith(`- ${name}: `))?.slice(`- ${name}: `.length);
  return {
    file,
    number: file.slice(0, 4),
    title: /^# (\d{4})\. (\S.*)$/.exec(lines[0] ?? "")?.[2],
    date: field("Date"),
    status: field("Status"),
  };
}

const files = readdirSync(folder).filter((file) => file.endsWith(".md"));
const records = files.filter((file) => RECORD_FILE.test(file)).map(readRecord);
const index = readFileSync(join(folder, "README.md"), "utf8");

function indexRow(record: Record): string {
  return `| [${record.number}](${record.file}) | ${record.title} | ${record.date} | ${record.status} |`;
}

function isDay(value: string | undefined): boolean {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

describe("decision records", () => {
  it("are all named NNNN-short-name.md, besides the index and the template", () => {
    const others = files.filter((file) => !RECORD_FILE.test(file));
    expect(others.sort()).toEqual(["README.md", "template.md"]);
    expect(records.length).toBeGreaterThan(0);
  });

  it("each open with '# NNNN. Title' (the file's number), a date and a status", () => {
    const problems = records.flatMap((record) => {
      const found: string[] = [];
      const firstLine = readFileSync(join(folder, record.file), "utf8").split("\n")[0] ?? "";
      if (!record.title || !firstLine.startsWith(`# ${record.number}. `)) {
        found.push(`${record.file}: first line must be "# ${record.number}. <title>"`);
      }
      if (!isDay(record.date)) {
        found.push(`${record.file}: needs "- Date: YYYY-MM-DD" under the title`);
      }
      if (!record.status || !STATUS.test(record.status)) {
        found.push(
          `${record.file}: needs "- Status: Proposed | Accepted | Superseded by NNNN" under the title`,
        );
      }
      return found;
    });
    expect(problems).toEqual([]);
  });

  it("have one number each", () => {
    const seen = new Map<string, string[]>();
    for (const record of records) {
      seen.set(record.number, [...(seen.get(record.number) ?? []), record.file]);
    }
    const collisions = [...seen.values()].filter((sharing) => sharing.length > 1);
    expect(collisions).toEqual([]);
  });

  it("are superseded only by records that exist", () => {
    const numbers = new Set(records.map((record) => record.number));
    const dangling = records
      .map((record) => ({ file: record.file, by: STATUS.exec(record.status ?? "")?.[1] }))
      .filter((record) => record.by !== undefined && !numbers.has(record.by));
    expect(dangling).toEqual([]);
  });

  it("are each listed in README.md as they say, in order of number", () => {
    // A row's cells, trimmed: `pnpm format` pads the table.
    const listed = index
      .split("\n")
      .filter((line) => /^\|\s*\[\d{4}\]/.test(line))
      .map((line) => {
        const [link = "", title, date, status] = line
          .split("|")
          .slice(1, -1)
          .map((cell) => cell.trim());
        const [, number = "", file = ""] = /^\[(\d{4})\]\(([^)]+)\)$/.exec(link) ?? [];
        return { file, number, title, date, status };
      });
    const stale = records
      .filter((record) => {
        const row = listed.find((entry) => entry.file === record.file);
        return !row || indexRow(row) !== indexRow(record);
      })
      .map(indexRow);
    expect(stale, "rows to add to (or fix in) docs/decisions/README.md, then pnpm format").toEqual(
      [],
    );
    const unknown = listed.filter((row) => !records.some((record) => record.file === row.file));
    expect(unknown, "rows of docs/decisions/README.md with no record").toEqual([]);
    expect(listed.map((row) => row.file)).toEqual(records.map((record) => record.file).sort());
  });
});
