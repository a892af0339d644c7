import { z } from "zod";

/**
 * A whole number with English thousands separators ("20,000"), as
 * `toLocaleString("en")` writes it, without loading ICU's number formatting: the
 * schemas call this at import, on every cold start (decision 0051).
 */
export function thousands(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+$)/g, ",");
}

/** Trimmed text of `min` to `max` characters, with the messages the forms show. */
export const boundedText = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, `At least ${min} characters`)
    .max(max, `At most ${thousands(max)} characters`);
