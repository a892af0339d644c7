import type { FieldError } from "@alliance/core/kernel";

/*
 * What no text field may hold, whatever its schema says: control characters
 * other than tab, line feed and carriage return (C0, DEL and C1: they have no
 * meaning in text and break what reads it later, NUL above all), and lone UTF-16
 * surrogates (not text at all: they cannot be encoded in UTF-8). Everything else
 * stays: every script, right-to-left text and its marks, emoji with their
 * joiners and variation selectors.
 */

const TAB = 0x09;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

function isRefusedControl(code: number): boolean {
  if (code === TAB || code === LINE_FEED || code === CARRIAGE_RETURN) return false;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

function hasRefusedControl(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    if (isRefusedControl(text.charCodeAt(index))) return true;
  }
  return false;
}

type Flaw = "control" | "surrogate";

function flawOf(text: string): Flaw | null {
  if (hasRefusedControl(text)) return "control";
  return text.isWellFormed() ? null : "surrogate";
}

const VALUE_MESSAGES: Record<Flaw, string> = {
  control: "Must not contain control characters such as NUL (tab and line breaks are fine)",
  surrogate: "Must be well-formed Unicode text (it holds a lone surrogate)",
};
const NAME_MESSAGES: Record<Flaw, string> = {
  control: "A field name must not contain control characters such as NUL",
  surrogate: "A field name must be well-formed Unicode text (it holds a lone surrogate)",
};

/*
 * In JSON text a refused character is either one of these escapes (a C0 or C1
 * control, DEL, a surrogate half) or a raw C1 or DEL character: raw C0 controls
 * are not valid JSON, and a lone surrogate cannot be written in UTF-8. Tab and
 * line breaks match too; that only costs a look at the parsed body.
 */
const SUSPECT_ESCAPE = /\\u(?:00[01]|00[89]|[dD][89a-fA-F])[0-9a-fA-F]|\\u007[fF]/;

/** False when JSON `text` cannot hold a refused character once parsed. */
export function jsonMayHoldRefused(text: string): boolean {
  return SUSPECT_ESCAPE.test(text) || hasRefusedControl(text);
}

/** A name fit to echo back: what is refused in it shows as U+FFFD. */
export function printable(name: string): string {
  let out = "";
  for (const char of name) {
    const code = char.codePointAt(0) ?? 0;
    const lone = code >= 0xd800 && code <= 0xdfff;
    out += lone || isRefusedControl(code) ? "\uFFFD" : char;
  }
  return out;
}

interface Visit {
  value: unknown;
  /** Where the value sits: its key and its parent's visit; none at the root. */
  key?: string;
  parent?: Visit;
}

const MAX_REPORTED = 20;
const MAX_FIELD_LENGTH = 200;

/** The dotted path of `visit` (`root` for the input itself), shortened in the middle if huge. */
function fieldOf(visit: Visit, root: string): string {
  const keys: string[] = [];
  for (let at: Visit | undefined = visit; at?.key !== undefined; at = at.parent) keys.push(at.key);
  const path = keys.reverse().join(".") || root;
  if (path.length <= MAX_FIELD_LENGTH) return path;
  const half = MAX_FIELD_LENGTH / 2;
  return `${path.slice(0, half)}…${path.slice(-half)}`;
}

/**
 * Every string and every object key in `input` (a parsed body, the query, the
 * path parameters or headers) checked for refused characters: one FieldError per
 * refused value or key (at most 20), named by its dotted path. Walks without
 * recursion and builds a path only to report it, so a deeply nested body costs
 * neither the stack nor quadratic time.
 */
export function screenInput(input: unknown, root: string): FieldError[] {
  const errors: FieldError[] = [];
  const pending: Visit[] = [{ value: input }];
  while (pending.length > 0 && errors.length < MAX_REPORTED) {
    const visit = pending.pop() as Visit;
    const { value } = visit;
    if (typeof value === "string") {
      const flaw = flawOf(value);
      if (flaw) errors.push({ field: fieldOf(visit, root), message: VALUE_MESSAGES[flaw] });
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1) {
        pending.push({ value: value[index], key: String(index), parent: visit });
      }
    } else if (value !== null && typeof value === "object") {
      for (const [key, child] of Object.entries(value).reverse()) {
        const flaw = flawOf(key);
        if (flaw) {
          const field = fieldOf({ value: child, key: printable(key), parent: visit }, root);
          errors.push({ field, message: NAME_MESSAGES[flaw] });
        } else {
          pending.push({ value: child, key, parent: visit });
        }
      }
    }
  }
  return errors;
}
