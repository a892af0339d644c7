import { beforeAll, describe, expect, it } from "vitest";
import { itemIn } from "./support/exchange-fixtures.ts";
import { type Report, type Sweep, sweepOperation } from "./support/naughty-driver.ts";
import { documentedOperations } from "./support/naughty-operations.ts";
import { sweepCallers, sweepCity, trackedContext } from "./support/naughty-setup.ts";
import { trackedApp } from "./support/naughty-tracker.ts";
import { NAUGHTY_STRINGS } from "./support/naughty-values.ts";

/**
 * Every operation of docs/openapi.json gets the Big List of Naughty Strings (and
 * wrong types and sizes) in every slot of its input, as a caller who reaches its
 * logic, on objects made for it: no answer is a 5xx, every 4xx is problem+json,
 * text no field may hold is refused naming its field, and a refused request
 * writes nothing (to the table or the bucket) and leaves its objects
 * byte-identical. A new route is swept without editing this file; one the sweep
 * cannot drive fails. See support/naughty-driver.ts for how.
 */
// NAUGHTY_ONLY=<regex> sweeps only the operations it matches (to rerun a finding).
const only = new RegExp(process.env.NAUGHTY_ONLY ?? "");
const operations = documentedOperations().filter((op) => only.test(op.name));
/** Operations swept at once: each waits on DynamoDB Local most of the time. */
const CONCURRENCY = 16;
const reports = new Map<string, Report & { seconds: number }>();
const started = performance.now();

async function sweepAll(sweep: Sweep) {
  const queue = [...operations];
  const worker = async () => {
    for (let op = queue.shift(); op; op = queue.shift()) {
      const began = performance.now();
      const report = await sweepOperation(sweep, op).catch((error: Error) => ({
        requests: 0,
        accepted: 0,
        findings: [`${op?.name}: the sweep itself failed: ${error.stack}`],
      }));
      reports.set(op.name, { ...report, seconds: Math.round((performance.now() - began) / 1000) });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

beforeAll(async () => {
  const tracked = await trackedApp();
  const ctx = trackedContext(tracked, () => tracked.newTag(), new Map());
  const cityId = await sweepCity(tracked);
  const callers = await sweepCallers(ctx, cityId);
  const citable = (await itemIn(ctx, "published", callers.contributor, callers.admin)).itemId;
  await sweepAll({
    tracked,
    callers,
    freshCallers: () => sweepCallers(ctx, cityId),
    cityId,
    citable,
    refused: new Set(),
    shared: new Set(tracked.writes.flatMap((write) => (write.partition ? [write.partition] : []))),
  });
}, 900_000);

describe("naughty input to every documented operation", () => {
  for (const op of operations) {
    it(op.name, async ({ annotate }) => {
      const report = reports.get(op.name);
      expect(report, "not swept").toBeDefined();
      if (!report) return;
      await annotate(
        `${report.requests} requests, ${report.accepted} accepted, ${report.seconds} s`,
      );
      expect(report.findings.slice(0, 20).join("\n\n"), `${report.findings.length} findings`).toBe(
        "",
      );
      // Every naughty string reached the operation (in one slot or, packed, as undeclared input).
      expect(report.requests).toBeGreaterThanOrEqual(Math.ceil(NAUGHTY_STRINGS.length / 40));
    });
  }

  it("swept them all", async ({ annotate }) => {
    const all = [...reports.values()];
    const requests = all.reduce((sum, report) => sum + report.requests, 0);
    const accepted = all.reduce((sum, report) => sum + report.accepted, 0);
    const slowest = [...reports]
      .sort(([, a], [, b]) => b.seconds - a.seconds)
      .slice(0, 6)
      .map(
        ([name, report]) => `${name} ${report.seconds} s (${report.requests}/${report.accepted})`,
      );
    await annotate(
      `${operations.length} operations, ${requests} requests (${accepted} accepted) in ${Math.round((performance.now() - started) / 1000)} s; slowest: ${slowest.join("; ")}`,
    );
    expect(reports.size).toBe(operations.length);
  });
});
