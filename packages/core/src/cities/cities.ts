import type { EntityItem } from "electrodb";
import type { CityEntity } from "../data/entities/city.ts";
import { type Page, queryPage } from "../data/pagination.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import type { City } from "./schemas.ts";

type CityItem = EntityItem<typeof CityEntity>;

function toCity(item: CityItem): City {
  return {
    cityId: item.cityId,
    name: item.name,
    country: item.country,
    region: item.region ?? null,
    description: item.description,
    contactName: item.contactName ?? null,
    contactEmail: item.contactEmail ?? null,
    website: item.website ?? null,
    population: item.population ?? null,
    updatedAt: item.updatedAt,
    version: item.version,
  };
}

/** Member cities: public reads. */
export function cityUseCases(data: DataService) {
  const cities = data.entities.city;
  return {
    /** Cities in name order, one page at a time (one Query on gsi1). */
    async list(options: { cursor?: string; limit?: number }): Promise<Page<City>> {
      const page = await queryPage(cities.query.byName({}), options);
      return { items: page.items.map(toCity), cursor: page.cursor };
    },

    async get(cityId: string): Promise<City> {
      const result = await cities.get({ cityId }).go();
      if (!result.data) {
        throw new VisibleError("not-found", "city-not-found", "No member city has this id.");
      }
      return toCity(result.data);
    },
  };
}
