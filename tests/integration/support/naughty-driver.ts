import type { Operation } from "./naughty-operations.ts";
import { probe, rebuild, type Sweep } from "./naughty-probe.ts";
import {
  type Attempt,
  fieldOf,
  type Plan,
  type Slot,
  send,
  slotName,
  tagOf,
} from "./naughty-requests.ts";
import { changedRows, type Scope } from "./naughty-tracker.ts";
import {
  fullText,
  LONG_TEXTS,
  mustBeRefused,
  NAUGHTY_STRINGS,
  NON_STRING_VALUES,
} from "./naughty-values.ts";
import type { World } from "./naughty-world.ts";

export type { Sweep } from "./naughty-probe.ts";

export interface Report {
  requests: number;
  accepted: number;
  findings: string[];
}

const MIN_STRINGS_PER_SLOT = 5;
const BATCH = 100;
const MAX_REBUILDS = 6;
const PACK = 40;
const PARALLEL = 6;

function attempts(plan: Plan): Attempt[] {
  const { op, bases } = plan;
  const slots: Slot[] = [
    ...op.pathParams.map((name) => ({ kind: "path" as const, name })),
    ...op.queryParams.map((name) => ({ kind: "query" as const, name })),
    ...(op.ifMatch ? [{ kind: "header" as const }] : []),
    ...bases.flatMap((sample, base) =>
      sample.slots.map((slot) => ({ kind: "body" as const, base, ...slot })),
    ),
  ];
  const strings = NAUGHTY_STRINGS;
  const out: Attempt[] = [];
  const textSlots = slots.filter((slot) => slot.kind !== "body" || slot.text);
  if (textSlots.length === 0) {
    for (let at = 0; at < strings.length; at += PACK)
      out.push({ slot: { kind: "extra" }, value: strings.slice(at, at + PACK) });
    return out;
  }
  // Rotation: request j puts string j in slot j (each modulo its count), so every
  // string reaches the operation and every slot sees strings from the whole list.
  const count = Math.max(strings.length, textSlots.length * MIN_STRINGS_PER_SLOT);
  for (let j = 0; j < count; j += 1) {
    out.push({ slot: textSlots[j % textSlots.length] as Slot, value: strings[j % strings.length] });
  }
  for (const slot of slots) {
    const values = slot.kind === "body" ? NON_STRING_VALUES : LONG_TEXTS;
    for (const value of values) out.push({ slot, value });
    if (slot.kind === "body" && slot.maxLength !== undefined) {
      out.push(
        { slot, value: fullText(slot.maxLength) },
        { slot, value: fullText(slot.maxLength + 1) },
      );
    }
  }
  return out;
}

/** Whether a problem+json text names `field` (or an item of it: `theme.0`) among its errors. */
function names(problem: string, field: string): boolean {
  const errors: Array<{ field: string }> = JSON.parse(problem).errors ?? [];
  return errors.some((error) => error.field === field || error.field.startsWith(`${field}.`));
}

/**
 * Where a world's objects are: the partitions it made (an item's, a course's),
 * and its own rows in partitions the sweep shares (the learner's enrolment in its
 * course). Memoised: what accepted requests make later is not the batch's object.
 */
const madeIn = new WeakMap<World, Scope>();
function objectsOf(sweep: Sweep, world: World): Scope {
  let scope = madeIn.get(world);
  if (!scope) {
    const own = world.tracked.writes.filter(
      (write) => world.tags.has(write.tag) && write.partition,
    );
    scope = {
      partitions: new Set(
        own.flatMap((write) =>
          sweep.shared.has(write.partition ?? "") ? [] : [write.partition ?? ""],
        ),
      ),
      rows: new Set(
        own.flatMap((write) => (sweep.shared.has(write.partition ?? "") ? [write.key] : [])),
      ),
    };
    madeIn.set(world, scope);
  }
  return scope;
}

/** Drives one operation with the whole list; answers what went wrong, if anything. */
export async function sweepOperation(sweep: Sweep, op: Operation): Promise<Report> {
  const findings: string[] = [];
  const report: Report = { requests: 0, accepted: 0, findings };
  const found = await probe(sweep, op, findings);
  if (!found) return report;
  let plan = await rebuild(sweep, op, found);
  let rebuilds = 0;
  const all = attempts(plan);
  const { tracked } = sweep;
  // Parallel where order cannot matter: no version to chain, nothing to rebuild.
  const lanes = !op.ifMatch && found.repeatable ? PARALLEL : 1;
  const check = async (attempt: Attempt) => {
    const response = await send(plan, attempt);
    report.requests += 1;
    const where = `${op.name} ${slotName(attempt.slot)} = ${JSON.stringify(attempt.value).slice(0, 80)}`;
    const text = await response.text();
    if (response.status >= 500) findings.push(`${where}: ${response.status} ${text.slice(0, 300)}`);
    if (response.status >= 400) {
      sweep.refused.add(tagOf(response));
      if (response.headers.get("content-type") !== "application/problem+json") {
        findings.push(`${where}: ${response.status} is not problem+json`);
      }
      const wrote = tracked.writesOf(tagOf(response));
      if (wrote.length > 0) {
        findings.push(
          `${where}: refused with ${response.status} yet wrote ${wrote.map((write) => write.key).join(", ")}`,
        );
      }
    }
    const field = fieldOf(attempt.slot);
    if (typeof attempt.value === "string" && mustBeRefused(attempt.value) && field !== undefined) {
      if (response.status < 400) findings.push(`${where}: accepted text that no field may hold`);
      else if (response.status === 400 && !names(text, field)) {
        findings.push(`${where}: the 400 does not name ${field}: ${text.slice(0, 200)}`);
      }
    }
    if (response.status < 400) {
      report.accepted += 1;
      if (!found.repeatable && rebuilds < MAX_REBUILDS) {
        rebuilds += 1;
        plan = await rebuild(sweep, op, found);
      }
    }
  };
  for (let start = 0; start < all.length; start += BATCH) {
    // The objects the batch's world was made with: each must come out as it went
    // in, but for rows an accepted request (of any operation) wrote meanwhile.
    const scope = objectsOf(sweep, plan.world);
    // Writes on their way when the batch starts may land in it: they count as its own.
    const writesBefore = tracked.writes.length;
    const inFlight = tracked.writes.filter((write) => !write.done);
    const before = await tracked.snapshot(scope);
    const batch = all.slice(start, start + BATCH);
    for (let lane = 0; lane < batch.length; lane += lanes) {
      await Promise.all(batch.slice(lane, lane + lanes).map(check));
    }
    const after = await tracked.snapshot(scope);
    const batchWrites = [...inFlight, ...tracked.writes.slice(writesBefore)];
    for (const row of changedRows(before, after)) {
      const writers = batchWrites.filter((write) => write.key === row);
      if (writers.length === 0 || writers.every((write) => sweep.refused.has(write.tag))) {
        findings.push(`${op.name}: row ${row} changed in a batch, written by no accepted request`);
      }
    }
  }
  return report;
}
