import { z } from "zod";

/** Trimmed text of `min` to `max` characters, with the messages the forms show. */
export const boundedText = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, `At least ${min} characters`)
    .max(max, `At most ${max.toLocaleString("en")} characters`);
