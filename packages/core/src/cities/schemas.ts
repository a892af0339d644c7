import { z } from "zod";
import { PAGE_SIZE } from "../data/page-size.ts";
import { cityIdSchema } from "../profile/schemas.ts";
import { COUNTRIES } from "../taxonomy/countries.ts";

export const citySchema = z
  .object({
    cityId: z.string(),
    name: z.string(),
    country: z.enum(COUNTRIES),
    region: z.string().nullable(),
    description: z.string(),
    contactName: z.string().nullable(),
    contactEmail: z.string().nullable(),
    website: z.string().nullable(),
    population: z.number().int().nullable(),
    updatedAt: z.iso.datetime(),
    version: z.number().int().positive(),
  })
  .meta({ id: "City" });

export type City = z.infer<typeof citySchema>;

export const cityPathSchema = z.object({ cityId: cityIdSchema });

/** Query of every paginated list: a bounded page size and an opaque cursor. */
export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(PAGE_SIZE.max).optional(),
  cursor: z.string().min(1).max(2048).optional(),
});

export const cityPageSchema = z
  .object({ items: z.array(citySchema), cursor: z.string().nullable() })
  .meta({ id: "CityPage" });
