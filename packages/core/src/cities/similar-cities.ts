import { useActor } from "../auth/index.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import type { ThemeCountsByCity } from "../exchange/index.ts";
import { toCity } from "./cities.ts";
import { type MatchProfile, rankSimilarCities } from "./matching.ts";
import { type City, SIMILAR_CITIES_LIMIT, type SimilarCities } from "./schemas.ts";

const profileOf = (city: City): MatchProfile => ({
  cityId: city.cityId,
  name: city.name,
  country: city.country,
  populationBand: city.populationBand,
  priorities: city.priorities,
  languages: city.languages,
});

/**
 * "Cities like mine": the member cities most like one city, with the reasons.
 * Public, like the profiles it reads; the members-only items' themes count only
 * for a signed-in caller. Cost: one Query of the cities' index (every page; a
 * city is about 2 KB, so a page holds hundreds) and the exchange catalogue's
 * refresh (one Query when warm), sent together. Nothing per city
 * (docs/decisions/0035-cities-like-mine.md).
 */
export function similarCitiesUseCase(
  data: DataService,
  publishedThemes: (signedIn: boolean) => Promise<ThemeCountsByCity>,
) {
  return async function similar(
    cityId: string,
    options: { limit?: number } = {},
  ): Promise<SimilarCities> {
    const [cities, themes] = await Promise.all([
      data.entities.city.query.byName({}).go({ pages: "all" }),
      publishedThemes(useActor().kind === "user"),
    ]);
    const all = cities.data.map(toCity);
    const mine = all.find((city) => city.cityId === cityId);
    if (!mine) throw new VisibleError("not-found", "city-not-found", "No member city has this id.");
    // A former member is no one's peer any more (decision 0034); suspended ones still are.
    const candidates = all.flatMap((city) =>
      city.membershipStatus === "former"
        ? []
        : [
            {
              ...profileOf(city),
              publishedThemes: themes.get(city.cityId) ?? {},
              membershipStatus: city.membershipStatus,
            },
          ],
    );
    return rankSimilarCities(
      profileOf(mine),
      candidates,
      options.limit ?? SIMILAR_CITIES_LIMIT.default,
    );
  };
}
