import { certificateCodeSchema } from "@alliance/core/web";

/** Why a typed code cannot be a certificate's; each has its own message. */
export type CodeProblem = "empty" | "letterU" | "format";

export type CodeReading = { ok: true; code: string } | { ok: false; problem: CodeProblem };

const PREFIX = "ALC";
/** Spaces and every kind of dash: people copy codes from PDFs, mails and chat apps. */
const SEPARATORS = /[\s\u00ad\u2010-\u2015\u2212-]/g;
/**
 * Codes use Crockford's base 32, which leaves out I, L, O and U so that none can be
 * mistaken for another character; it reads I and L as 1 and O as 0. U has no reading.
 */
const LOOK_ALIKES: Record<string, string> = { I: "1", L: "1", O: "0" };

/**
 * Reads a code as a person may type it (lower case, spaces, no hyphens, O for 0) and
 * gives it in its printed form, ALC-XXXX-XXXX-XXXX, checked with core's schema.
 */
export function readCertificateCode(input: string): CodeReading {
  const compact = input.toUpperCase().replace(SEPARATORS, "");
  if (compact === "") return { ok: false, problem: "empty" };
  const body = compact.length === 15 && compact.startsWith(PREFIX) ? compact.slice(3) : compact;
  if (body.length !== 12) return { ok: false, problem: "format" };
  if (body.includes("U")) return { ok: false, problem: "letterU" };
  const groups = body.replace(/[ILO]/g, (letter) => LOOK_ALIKES[letter] ?? letter);
  const code = [PREFIX, groups.slice(0, 4), groups.slice(4, 8), groups.slice(8)].join("-");
  const checked = certificateCodeSchema.safeParse(code);
  return checked.success ? { ok: true, code: checked.data } : { ok: false, problem: "format" };
}
