import { z } from "zod";

/** `?x=a&x=b` or `?x=a,b` → `["a", "b"]`, each value checked by `item`; absent → undefined. */
export const listParam = <T extends z.ZodType<unknown, string>>(item: T, max: number) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((raw) =>
      [raw]
        .flat()
        .flatMap((value) => value.split(","))
        .map((value) => value.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(max))
    .optional();

/** A facet filter: any of `values`. */
export const facetParam = <T extends readonly [string, ...string[]]>(values: T) =>
  listParam(z.enum(values), values.length);
