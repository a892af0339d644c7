import { z } from "zod";

const figure = z.object({
  total: z.number().int().nonnegative(),
  thisMonth: z.number().int().nonnegative(),
});

/** The platform's figures for its administrators: totals, and how many are new this month (UTC). */
export const platformFiguresSchema = z
  .object({
    month: z.string().meta({ description: "The month of `thisMonth`, as YYYY-MM (UTC)" }),
    memberCities: figure,
    people: figure,
    publishedItems: figure,
    publishedCourses: figure,
    enrolments: figure,
  })
  .meta({ id: "PlatformFigures" });

export type PlatformFigures = z.infer<typeof platformFiguresSchema>;
