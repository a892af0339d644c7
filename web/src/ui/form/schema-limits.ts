import type { z } from "zod";

/** What an input may hold, as its schema says: the browser gets it from core, never retyped. */
export interface FieldLimits {
  /** What `min` and `max` count. */
  kind: "text" | "list" | "number" | "other";
  /** Characters of a string, items of a list, or the value of a number. */
  min?: number;
  max?: number;
  /** A value must be given: a string with a minimum length, and not `null`. */
  required: boolean;
}

interface Internals {
  _zod: {
    def: {
      type: string;
      innerType?: unknown;
      in?: unknown;
      shape?: Record<string, unknown>;
      element?: unknown;
      checks?: { _zod: { def: Record<string, unknown> } }[];
    };
  };
}

const internals = (schema: unknown) => (schema as Internals)._zod.def;

/**
 * The limits of a schema (zod 4): its length or value checks, looked for through
 * `optional`, `nullable`, `default` and pipes. A patch schema's `optional` means
 * "may be left out of the patch", so it does not make a field optional in a form;
 * `nullable` (may be cleared) does.
 */
export function limitsOf(schema: z.ZodType): FieldLimits {
  let current: unknown = schema;
  let nullable = false;
  for (;;) {
    const def = internals(current);
    if (def.type === "nullable") nullable = true;
    if (def.innerType) current = def.innerType;
    else if (def.type === "pipe" && def.in) current = def.in;
    else break;
  }
  const type = internals(current).type;
  const kind =
    type === "string" ? "text" : type === "array" ? "list" : type === "number" ? "number" : "other";
  const limits: FieldLimits = { kind, required: false };
  for (const check of internals(current).checks ?? []) {
    const { check: kind, minimum, maximum, value } = check._zod.def;
    if (kind === "min_length" && typeof minimum === "number") limits.min = minimum;
    if (kind === "max_length" && typeof maximum === "number") limits.max = maximum;
    if (kind === "greater_than" && typeof value === "number") limits.min = value;
    if (kind === "less_than" && typeof value === "number") limits.max = value;
  }
  limits.required = !nullable && kind === "text" && (limits.min ?? 0) > 0;
  return limits;
}

/**
 * The limits of the field at a dotted path of an object schema (`contact.email`,
 * `links.0.url`: a number steps into a list's items); none if there is no such field.
 */
export function limitsAt(schema: z.ZodType, path: string): FieldLimits {
  let current: unknown = schema;
  for (const part of path.split(".")) {
    let def = internals(current);
    while (def.innerType || (def.type === "pipe" && def.in)) {
      current = def.innerType ?? def.in;
      def = internals(current);
    }
    const next = /^\d+$/.test(part) ? def.element : def.shape?.[part];
    if (!next) return { kind: "other", required: false };
    current = next;
  }
  return limitsOf(current as z.ZodType);
}
