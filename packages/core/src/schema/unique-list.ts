import { z } from "zod";

/** A list of at most `max` values of `item`, each only once (themes, target groups, tags…). */
export const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((values) => new Set(values).size === values.length, "Each value only once");
