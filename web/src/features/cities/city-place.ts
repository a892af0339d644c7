import type { City } from "@alliance/core/web";
import { useCountryName } from "../../ui/country-name.ts";

/** Where a city is, as its card and its page show it: "Region, Country". */
export function useCityPlace(city: City): string {
  const countryName = useCountryName();
  return [city.region, countryName(city.country)].filter(Boolean).join(", ");
}
