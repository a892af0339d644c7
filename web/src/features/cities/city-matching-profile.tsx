import type { City } from "@alliance/core/web";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { useLabels } from "../exchange/index.ts";

/** What a city states for matching: size, priorities, challenges, its team's languages. */
export function CityMatchingProfile({ city }: { city: City }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const rows = [
    city.populationBand && ["populationBand", t(`matching.bands.${city.populationBand}`)],
    city.priorities.length > 0 && [
      "priorities",
      city.priorities.map((theme) => t(`exchange.themes.${theme}`)).join(", "),
    ],
    city.challenges && ["challenges", city.challenges],
    city.languages.length > 0 && ["languages", city.languages.map(labels.language).join(", ")],
  ].filter((row): row is [string, string] => Array.isArray(row));
  if (rows.length === 0) return null;
  return (
    <dl className="details">
      {rows.map(([field, value]) => (
        <Fragment key={field}>
          <dt>{t(`matching.profile.${field}`)}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
