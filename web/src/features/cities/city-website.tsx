import type { City } from "@alliance/core/web";
import { useTranslation } from "react-i18next";

/** The city's own website, linked only when it is a web address. */
export function CityWebsite({ city }: { city: City }) {
  const { t } = useTranslation();
  if (!city.website || !/^https?:\/\//i.test(city.website)) return null;
  return (
    <p>
      <a href={city.website} rel="noopener noreferrer">
        {t("cities.website", { name: city.name })}
      </a>
    </p>
  );
}
