import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useCountryName } from "../../ui/country-name.ts";
import { cityQueries } from "../cities/index.ts";

/**
 * Member cities for the people pages: every city, and a city's name as the
 * profile's picker shows it ("Aarhus (Denmark)", "Bologna (Italy), former member"),
 * or its id while they load. Administrators may still assign a former member's city
 * (its contributors keep editing their drafts, decision 0034).
 */
export function useCities() {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const cities = useQuery(cityQueries.everything());
  const list = cities.data ?? [];
  const nameOf = (cityId: string) => {
    const city = list.find((candidate) => candidate.cityId === cityId);
    if (!city) return cityId;
    const key =
      city.membershipStatus === "former" ? "profile.city.formerOption" : "profile.city.option";
    return t(key, { name: city.name, country: countryName(city.country) });
  };
  return { cities, list, nameOf };
}
