/**
 * A valid sample of a JSON Schema (as in docs/openapi.json), for the naughty-input
 * sweep: every property present, every array with one item (or its minimum), the
 * first of each enum. What a schema cannot say (an id that exists, a video host,
 * a correct quiz option) comes from hints by property name.
 */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  example?: unknown;
  examples?: unknown[];
}

export type Path = Array<string | number>;

/** A place in a sample where the sweep puts its values. */
export interface BodySlot {
  path: Path;
  /** A string leaf (naughty strings go there); else a number, boolean, null or container. */
  text: boolean;
  maxLength?: number;
  /** Whether the property may be left out (a 400 naming it lets the sample drop it). */
  optional: boolean;
}

export interface Sample {
  value: unknown;
  slots: BodySlot[];
}

export interface Hints {
  /** A value that exists for an id of this prefix (cty, xch, mod, att…), if the world has one. */
  id(prefix: string): string | undefined;
  /** A value for a property of this name, if the schema cannot say what is valid. */
  property(name: string, index: number): unknown;
}

const NONE = Symbol("none");

/** One sample per alternative of the schema's oneOf (a lesson's kinds, say). */
export function samples(
  schema: JsonSchema,
  resolve: (schema: JsonSchema) => JsonSchema,
  hints: Hints,
): Sample[] {
  const out = new Map<string, Sample>();
  for (let variant = 0; variant < 16; variant += 1) {
    const slots: BodySlot[] = [];
    let widest = 1;
    const make = (
      raw: JsonSchema,
      path: Path,
      name: string,
      index: number,
      optional: boolean,
    ): unknown => {
      const node = resolve(raw);
      const hinted = name ? hints.property(name, index) : undefined;
      const alternatives = node.oneOf;
      if (alternatives) {
        widest = Math.max(widest, alternatives.length);
        return make(
          alternatives[Math.min(variant, alternatives.length - 1)] ?? {},
          path,
          name,
          index,
          optional,
        );
      }
      if (node.anyOf) return make(node.anyOf[0] ?? {}, path, name, index, optional);
      const type =
        [node.type ?? "string"].flat().find((candidate) => candidate !== "null") ?? "null";
      const slot = (text: boolean) =>
        path.length > 0 &&
        slots.push({
          path,
          text,
          optional,
          ...(node.maxLength !== undefined && { maxLength: node.maxLength }),
        });
      if (type === "object") {
        slot(false);
        const required = new Set(node.required ?? []);
        return Object.fromEntries(
          Object.entries(node.properties ?? {}).map(([key, child]) => [
            key,
            // A property's index is its object's place in an array (the 1st option, say).
            make(child, [...path, key], key, index, !required.has(key)),
          ]),
        );
      }
      if (type === "array") {
        slot(false);
        const count = Math.min(Math.max(node.minItems ?? 1, 1), node.maxItems ?? 1);
        return Array.from({ length: count }, (_, at) =>
          make(node.items ?? {}, [...path, at], name, at, false),
        );
      }
      slot(type === "string");
      // A hint is by name only: one that the schema's pattern refuses is another property's
      // (`start` of an item's period is a date, an event's is a local date and time).
      if (hinted !== undefined && fits(node, hinted)) return hinted;
      return leaf(node, type, hints);
    };
    const value = make(schema, [], "", 0, false);
    out.set(JSON.stringify(value), { value, slots });
    if (variant + 1 >= widest) break;
  }
  return [...out.values()];
}

function fits(node: JsonSchema, value: unknown): boolean {
  return typeof value !== "string" || !node.pattern || new RegExp(node.pattern, "u").test(value);
}

function leaf(node: JsonSchema, type: string, hints: Hints): unknown {
  const example = node.example ?? node.examples?.[0] ?? NONE;
  if (example !== NONE) return example;
  if (node.const !== undefined) return node.const;
  const choice = node.enum?.find((value) => value !== null);
  if (choice !== undefined) return choice;
  if (type === "integer" || type === "number") {
    return Math.min(Math.max(node.minimum ?? 0, 0), node.maximum ?? Number.MAX_SAFE_INTEGER);
  }
  if (type === "boolean") return false;
  if (type === "null") return null;
  return text(node, hints);
}

function text(node: JsonSchema, hints: Hints): string {
  const formats: Record<string, string> = {
    date: "2024-01-01",
    "date-time": "2024-01-01T09:00:00.000Z",
    email: "someone@example.org",
    uri: "https://www.example.org/page",
  };
  const formatted = node.format ? formats[node.format] : undefined;
  if (formatted) return formatted;
  if (node.pattern) {
    const prefix = /^\^([a-z]{3})_/.exec(node.pattern)?.[1];
    const id = prefix ? hints.id(prefix) : undefined;
    if (id) return id;
    const pattern = new RegExp(node.pattern, "u");
    const fit = ["Sample text", "sample", "sample.pdf"].find((candidate) =>
      pattern.test(candidate),
    );
    if (fit) return fit;
  }
  let sample = "Sample text";
  while (sample.length < (node.minLength ?? 0)) sample += " sample";
  return sample.slice(0, node.maxLength ?? sample.length);
}

/** `value` with the node at `path` replaced by `replacement` (a deep copy), or removed. */
export function replaced(
  value: unknown,
  path: Path,
  replacement: unknown | typeof REMOVE,
): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[head as number] = replaced(copy[head as number], rest, replacement);
    return copy;
  }
  const copy = { ...(value as Record<string, unknown>) };
  if (rest.length === 0 && replacement === REMOVE) delete copy[head as string];
  else copy[head as string] = replaced(copy[head as string], rest, replacement);
  return copy;
}

export const REMOVE = Symbol("remove");

export const dotted = (path: Path) => path.join(".");
