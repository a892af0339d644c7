import type { City } from "@alliance/core/web";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCountryName } from "../../ui/country-name.ts";
import { QueryFallback } from "../../ui/status.tsx";
import { AskForExchange } from "../exchange-requests/index.ts";
import { useMatchWords } from "./match-reasons.ts";
import { cityQueries } from "./queries.ts";

/**
 * "Cities like this one" on a city's page; "Cities like mine" for the people who
 * edit it, who are also told what their profile lacks. Each suggestion links to
 * the city and says why, in the interface language; a suspended city is marked so,
 * and is not offered for an exchange.
 */
export function SimilarCities({ city, mine }: { city: City; mine: boolean }) {
  const { t } = useTranslation();
  const words = useMatchWords();
  const country = useCountryName();
  const similar = useQuery(cityQueries.similar(city.cityId));
  const heading = mine ? t("matching.titleMine") : t("matching.title");

  return (
    <section aria-labelledby="city-similar">
      <h2 id="city-similar">{heading}</h2>
      {!similar.data ? (
        <QueryFallback query={similar} label={t("matching.loading")} />
      ) : (
        <>
          {similar.data.incomplete.length > 0 && (
            <p className="card__meta">
              {t(mine ? "matching.incompleteMine" : "matching.incomplete", {
                fields: words.inputs(similar.data.incomplete),
              })}
            </p>
          )}
          {similar.data.suggestions.length === 0 ? (
            <p className="empty">{t("matching.empty")}</p>
          ) : (
            <ul className="cards cards--list">
              {similar.data.suggestions.map((suggestion) => (
                <li key={suggestion.cityId} className="card">
                  <h3>
                    <Link to={`/cities/${suggestion.cityId}`}>{suggestion.name}</Link>
                  </h3>
                  <p className="card__meta">
                    {country(suggestion.country)}
                    {suggestion.membershipStatus === "suspended" && (
                      <>
                        {" "}
                        <span className="badge badge--suspended">{t("directory.suspended")}</span>
                      </>
                    )}
                  </p>
                  <p>{words.sentence(suggestion.reasons)}</p>
                  {/* A suspended city cannot take part in an exchange until it is reinstated. */}
                  {suggestion.membershipStatus === "active" && (
                    <AskForExchange cityId={suggestion.cityId} cityName={suggestion.name} />
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
