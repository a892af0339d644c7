import { currentMember, isAdmin, managesCity } from "../auth/index.ts";
import { isConditionalCheckFailed } from "../data/errors.ts";
import { type Page, queryPage } from "../data/pagination.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import { newId } from "../ids.ts";
import { populationBandOf } from "../taxonomy/city-profile.ts";
import type { Country } from "../taxonomy/countries.ts";
import type { Theme } from "../taxonomy/exchange.ts";
import type { ContentLanguage } from "../taxonomy/locales.ts";
import type { CityItem } from "./city.entity.ts";
import type { City, CityPatch } from "./schemas.ts";

/** A stored city as the API shows it. */
export function toCity(item: CityItem): City {
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
    memberSince: item.memberSince ?? null,
    populationBand:
      item.populationBand ?? (item.population ? populationBandOf(item.population) : null),
    priorities: (item.priorities ?? []) as Theme[],
    challenges: item.challenges ?? null,
    languages: (item.languages ?? []) as ContentLanguage[],
    updatedAt: item.updatedAt,
    version: item.version,
    membershipStatus: item.membershipStatus ?? "active",
  };
}

type ClearableField = Exclude<keyof CityPatch, "description">;
const CLEARABLE: readonly ClearableField[] = [
  "contactName",
  "contactEmail",
  "website",
  "populationBand",
  "priorities",
  "challenges",
  "languages",
];

const cityNotFound = () =>
  new VisibleError("not-found", "city-not-found", "No member city has this id.");

const staleCity = () =>
  new VisibleError(
    "precondition-failed",
    "stale-version",
    "This city's profile was changed since you loaded it. Reload it and apply your changes again.",
  );

/** 400 naming `cityId` unless a member city has this id (a profile names only real cities). */
export async function assertKnownCity(
  data: DataService,
  cityId: string,
  { member = false }: { member?: boolean } = {},
): Promise<void> {
  const city = await data.entities.city.get({ cityId }).go();
  if (!city.data) {
    throw new VisibleError("input", "unknown-city", "No member city has this id.", [
      { field: "cityId", message: "No member city has this id" },
    ]);
  }
  // A person chooses among the alliance's members; a city that left is history
  // (its items stay, decision 0034), not somewhere one can newly belong.
  if (member && city.data.membershipStatus === "former") {
    throw new VisibleError("input", "former-city", "This city has left the alliance.", [
      { field: "cityId", message: "This city has left the alliance; choose a member city" },
    ]);
  }
}

/**
 * The city of the alliance (whatever its status) named `name` in `country`, ignoring
 * case and surrounding spaces, if there is one: one Query of the cities' gsi1 partition,
 * whose sort key begins with the name in lower case (ElectroDB's key casing).
 */
export async function cityNamed(
  data: DataService,
  name: string,
  country: Country,
): Promise<CityItem | undefined> {
  const wanted = name.trim().toLowerCase();
  const found = await data.entities.city.query.byName({ name: name.trim() }).go({ pages: "all" });
  return found.data.find(
    (city) => city.country === country && city.name.trim().toLowerCase() === wanted,
  );
}

/** 409 on `cityName`: `city` is already in the alliance (or was: an administrator reinstates it). */
export function cityAlreadyInAlliance(city: CityItem): VisibleError {
  const former = city.membershipStatus === "former";
  const message = former
    ? `${city.name} was a member of the alliance; an administrator can reinstate it.`
    : `${city.name} is already a member of the alliance; ask its contributors or an administrator to add you.`;
  return new VisibleError("conflict", "city-already-member", message, [
    { field: "cityName", message },
  ]);
}

/**
 * The member city an approved membership application creates: its profile starts
 * from the application, says since when it is a member, and its contributors
 * complete it. Written by the approval's transaction (membership/review.ts).
 */
export function newMemberCity(
  application: { cityName: string; country: Country; region: string; population: number },
  at: Date,
): CityItem {
  const memberSince = at.toISOString().slice(0, 10);
  return {
    cityId: newId("cty"),
    name: application.cityName,
    country: application.country,
    region: application.region,
    population: application.population,
    description: `${application.cityName} (${application.region}) has been a member of the alliance since ${memberSince}.`,
    memberSince,
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
    version: 1,
  };
}

/** Member cities: public reads; their contributors and administrators edit the profile. */
export function cityUseCases(data: DataService, now: () => Date = () => new Date()) {
  const cities = data.entities.city;
  return {
    /** Cities in name order, one page at a time (one Query on gsi1). */
    async list(options: { cursor?: string; limit?: number }): Promise<Page<City>> {
      const page = await queryPage(cities.query.byName({}), options);
      return { items: page.items.map(toCity), cursor: page.cursor };
    },

    async get(cityId: string): Promise<City> {
      const result = await cities.get({ cityId }).go();
      if (!result.data) throw cityNotFound();
      return toCity(result.data);
    },

    /**
     * Applies `patch` if the city is still at `expectedVersion` (If-Match), for a
     * contributor of this city or an administrator; `null` clears a contact field.
     */
    async update(cityId: string, patch: CityPatch, expectedVersion: number): Promise<City> {
      const member = await currentMember(data);
      const current = await cities.get({ cityId }).go();
      if (!current.data) throw cityNotFound();
      if (!managesCity(member, cityId) && !isAdmin(member)) {
        throw new VisibleError(
          "forbidden",
          "not-your-city",
          "Only this city's contributors and administrators can edit its profile.",
        );
      }
      if (current.data.version !== expectedVersion) throw staleCity();
      const remove = CLEARABLE.filter((field) => patch[field] === null);
      const set = Object.fromEntries(
        Object.entries(patch).filter(([, value]) => value !== null && value !== undefined),
      ) as Partial<Pick<CityItem, "description" | ClearableField>>;
      try {
        let update = cities
          .patch({ cityId })
          .set({ ...set, updatedAt: now().toISOString(), version: expectedVersion + 1 });
        if (remove.length > 0) update = update.remove([...remove]);
        const result = await update
          .where((attributes, { eq }) => eq(attributes.version, expectedVersion))
          .go({ response: "all_new" });
        return toCity(result.data as CityItem);
      } catch (error) {
        if (isConditionalCheckFailed(error)) throw staleCity();
        throw error;
      }
    },
  };
}
