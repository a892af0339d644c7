import type { Country, DirectoryCity } from "@alliance/core/web";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCountryName } from "../../ui/country-name.ts";
import { HydrationSlice } from "../../ui/hydration-slices.tsx";
import { type Remember, sortedByLabel, useRemember } from "../../ui/intl-texts.tsx";
import { Page } from "../../ui/page.tsx";
import { describe, type PublicPage } from "../../ui/page-head.ts";
import { QueryFallback, StatusMessage } from "../../ui/status.tsx";
import { MemberMapSection } from "./member-map-section.tsx";
import { cityQueries } from "./queries.ts";

/** Members grouped by country (in the interface language's order of names), cities by name. */
export interface CountryGroup {
  country: Country;
  name: string;
  cities: DirectoryCity[];
}

function byCountry(
  cities: DirectoryCity[],
  countryName: (code: string) => string,
  remember: Remember,
  locale: string,
): CountryGroup[] {
  const groups = new Map<Country, DirectoryCity[]>();
  for (const city of cities) {
    const members = groups.get(city.country);
    if (members) members.push(city);
    else groups.set(city.country, [city]);
  }
  // In the order the server's render found (ui/intl-texts.tsx): no collator to hydrate.
  return sortedByLabel(
    remember,
    locale,
    [...groups].map(([country, members]) => ({ country, label: countryName(country), members })),
  ).map(({ country, label, members }) => ({ country, name: label, cities: members }));
}

const longDates = new Map<string, Intl.DateTimeFormat>();
/** A date in words ("1 September 2023"), in UTC; one formatter per language. */
function longDate(locale: string): Intl.DateTimeFormat {
  let format = longDates.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
    longDates.set(locale, format);
  }
  return format;
}

/** Where a country's cities are listed: the map's and the table's links go there. */
export const countryAnchor = (country: string) => `country-${country.toLowerCase()}`;

/**
 * The member directory (decision 0034): a map of the member countries, then the
 * active and suspended members by country, then the former members apart.
 */
export function CitiesPage() {
  const { t, i18n } = useTranslation();
  const directory = useQuery(cityQueries.directory());
  const countryName = useCountryName();
  const cities = directory.data?.cities ?? [];
  const members = cities.filter((city) => city.membershipStatus !== "former");
  const former = cities.filter((city) => city.membershipStatus === "former");
  const remember = useRemember();
  const groups = byCountry(members, countryName, remember, i18n.resolvedLanguage ?? "en");

  return (
    <Page title={t("cities.title")}>
      <p>{t("cities.intro")}</p>
      <p>
        {t("cities.join")} <Link to="/join">{t("cities.joinLink")}</Link>
      </p>
      {!directory.data ? (
        <QueryFallback query={directory} label={t("cities.loading")} />
      ) : cities.length === 0 ? (
        <p className="empty">{t("cities.empty")}</p>
      ) : (
        <>
          <StatusMessage tone="info">
            {t("directory.summary", {
              members: t("directory.members", { count: members.length }),
              countries: t("directory.countries", { count: groups.length }),
            })}
          </StatusMessage>
          {groups.length > 0 && (
            <HydrationSlice>
              <MemberMapSection groups={groups} />
            </HydrationSlice>
          )}
          {groups.length > 0 && (
            <section aria-labelledby="directory-members">
              <h2 id="directory-members">{t("directory.byCountry")}</h2>
              {groups.map((group) => (
                <HydrationSlice key={group.country}>
                  <section aria-labelledby={countryAnchor(group.country)}>
                    <h3 id={countryAnchor(group.country)} tabIndex={-1}>
                      {group.name}
                    </h3>
                    <ul className="directory">
                      {group.cities.map((city) => (
                        <DirectoryEntry key={city.cityId} city={city} />
                      ))}
                    </ul>
                  </section>
                </HydrationSlice>
              ))}
            </section>
          )}
          {former.length > 0 && (
            <section aria-labelledby="directory-former">
              <h2 id="directory-former">{t("directory.former.heading")}</h2>
              <p>{t("directory.former.intro")}</p>
              <ul className="directory">
                {former.map((city) => (
                  <DirectoryEntry key={city.cityId} city={city} showCountry />
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </Page>
  );
}

function DirectoryEntry({
  city,
  showCountry = false,
}: {
  city: DirectoryCity;
  showCountry?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const countryName = useCountryName();
  const remember = useRemember();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const { memberSince } = city;
  // The server's text while hydrating; else one formatter per language (ui/intl-texts.tsx).
  const since =
    memberSince &&
    remember(`member since ${locale} ${memberSince}`, () =>
      longDate(locale).format(new Date(`${memberSince}T00:00:00Z`)),
    );
  const place = [city.region, showCountry ? countryName(city.country) : null].filter(Boolean);
  return (
    <li className="directory__city">
      <Link to={`/cities/${city.cityId}`} className="directory__name">
        {city.name}
      </Link>
      {place.length > 0 && <span className="card__meta">{place.join(", ")}</span>}
      <span className="card__meta">
        {since ? t("cities.memberSince", { date: since }) : t("directory.founding")}
      </span>
      {city.membershipStatus === "suspended" && (
        <span className="badge badge--suspended">{t("directory.suspended")}</span>
      )}
      {city.membershipStatus === "former" && (
        <span className="badge badge--former">{t("directory.former.badge")}</span>
      )}
    </li>
  );
}

export const handle: PublicPage = {
  prefetch: ({ queryClient }) => queryClient.prefetchQuery(cityQueries.directory()),
  head: ({ t }) => ({ title: t("cities.title"), description: describe(t("cities.intro")) }),
};

export { CitiesPage as Component };
