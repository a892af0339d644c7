import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useCountryName } from "../../ui/country-name.ts";
import { cityQueries } from "../cities/index.ts";

/**
 * Member cities for the people pages: every city, and a city's name as the
 * profile's picker shows it ("Aarhus (Denmark)"), or its id while they load.
 */
export function useCities() {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const cities = useQuery(cityQueries.everything());
  const list = cities.data ?? [];
  const nameOf = (cityId: string) => {
    const city = list.find((candidate) => candidate.cityId === cityId);
    return city
      ? t("profile.city.option", { name: city.name, country: countryName(city.country) })
      : cityId;
  };
  return { cities, list, nameOf };
}
