import type { Caller } from "./context.ts";
import type { Operation } from "./naughty-operations.ts";
import { type BodySlot, dotted, REMOVE, replaced, type Sample } from "./naughty-sample.ts";
import { versionKey, versionOf } from "./naughty-setup.ts";
import { asHeaderValue, percentEncode, toJson } from "./naughty-values.ts";
import type { World } from "./naughty-world.ts";

/** Where the sweep puts one value: a path or query parameter, If-Match, a body node. */
export type Slot =
  | { kind: "path"; name: string }
  | { kind: "query"; name: string }
  | { kind: "header" }
  | ({ kind: "body"; base: number } & BodySlot)
  /** For an operation that takes no input: query parameters it does not declare. */
  | { kind: "extra" };

export function slotName(slot: Slot): string {
  if (slot.kind === "body") return `body#${slot.base} ${dotted(slot.path)}`;
  if (slot.kind === "header") return "If-Match";
  if (slot.kind === "extra") return "undeclared query";
  return `${slot.kind} ${slot.name}`;
}

/** The field a 400 must name when the value in `slot` is refused. */
export function fieldOf(slot: Slot): string | undefined {
  if (slot.kind === "body") return dotted(slot.path);
  if (slot.kind === "path" || slot.kind === "query") return slot.name;
  return undefined;
}

/** How to reach an operation: who calls, with which objects, which bodies are valid. */
export interface Plan {
  op: Operation;
  caller: Caller;
  world: World;
  params: Record<string, string>;
  /** Valid bodies (one per kind of a oneOf); none for an operation without a body. */
  bases: Sample[];
}

/** One request of the sweep: the plan's valid request with `value` in `slot`. */
export interface Attempt {
  slot: Slot;
  /** One value, or for the extra slot several. */
  value: unknown;
}

export function ifMatchOf(plan: Plan): string {
  const key = versionKey(
    plan.op.path.replace(/\{(\w+)\}/g, (_, name) => plan.params[name] ?? ""),
    plan.caller,
  );
  return `"${plan.world.versions.get(key) ?? 1}"`;
}

/** Sends the plan's request with the attempt's value in place (no attempt: the valid request). */
export async function send(plan: Plan, attempt?: Attempt, base = 0): Promise<Response> {
  const { op, world } = plan;
  const slot = attempt?.slot;
  const at = slot?.kind === "body" ? slot.base : base;
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    slot?.kind === "path" && slot.name === name
      ? percentEncode(String(attempt?.value))
      : (plan.params[name] ?? ""),
  );
  const query =
    slot?.kind === "query"
      ? `?${slot.name}=${percentEncode(String(attempt?.value))}`
      : attempt && slot?.kind === "extra"
        ? `?${(attempt.value as string[]).map((text, index) => `x${index}=${percentEncode(text)}`).join("&")}`
        : "";
  const headers: Record<string, string> = { authorization: `Bearer ${plan.caller.token}` };
  if (op.ifMatch) {
    headers["if-match"] =
      slot?.kind === "header" ? (asHeaderValue(String(attempt?.value)) ?? "") : ifMatchOf(plan);
  }
  const sample = plan.bases[at]?.value;
  let body: string | undefined;
  if (op.body) {
    headers["content-type"] = "application/json";
    body = toJson(slot?.kind === "body" ? replaced(sample, slot.path, attempt?.value) : sample);
  }
  const tag = world.tag();
  const response = await world.tracked.as(tag, async () =>
    world.tracked.app.request(path + query, {
      method: op.method,
      headers,
      ...(body !== undefined && { body }),
    }),
  );
  Object.defineProperty(response, "tag", { value: tag });
  const version = versionOf(response);
  if (version !== undefined) world.versions.set(versionKey(path, plan.caller), version);
  return response;
}

export const tagOf = (response: Response): number => (response as Response & { tag: number }).tag;

/**
 * A plan's bases with what a 400 blamed removed, when the schema allows it (a
 * rule across fields, such as "a direction or an index", that no sample can see).
 */
export function repaired(bases: Sample[], base: number, fields: string[]): boolean {
  const sample = bases[base];
  if (!sample) return false;
  const removable = sample.slots.filter(
    (slot) => slot.optional && fields.includes(dotted(slot.path)),
  );
  if (removable.length === 0) return false;
  let value = sample.value;
  for (const slot of removable) value = replaced(value, slot.path, REMOVE);
  const gone = removable.map((slot) => dotted(slot.path));
  bases[base] = {
    value,
    slots: sample.slots.filter(
      (slot) =>
        !gone.some(
          (path) => dotted(slot.path) === path || dotted(slot.path).startsWith(`${path}.`),
        ),
    ),
  };
  return true;
}
