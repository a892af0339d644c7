import type { City } from "@alliance/core/web";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Page } from "../../ui/page.tsx";
import { describe, type PublicPage } from "../../ui/page-head.ts";
import { PagedResults } from "../../ui/paged-results.tsx";
import { StatusMessage } from "../../ui/status.tsx";
import { useCityPlace } from "./city-place.ts";
import { CityWebsite } from "./city-website.tsx";
import { cityQueries } from "./queries.ts";

export function CitiesPage() {
  const { t } = useTranslation();
  const cities = useInfiniteQuery(cityQueries.pages());
  const list = cities.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Page title={t("cities.title")}>
      <p>{t("cities.intro")}</p>
      <p>
        {t("cities.join")} <Link to="/join">{t("cities.joinLink")}</Link>
      </p>
      <PagedResults
        search={cities}
        items={list}
        grid
        summary={
          <StatusMessage tone="info">{t("cities.count", { count: list.length })}</StatusMessage>
        }
        render={(city) => <CityCard key={city.cityId} city={city} />}
        labels={{
          loading: t("cities.loading"),
          empty: t("cities.empty"),
          more: t("cities.more"),
          loadingMore: t("cities.loadingMore"),
        }}
      />
    </Page>
  );
}

function CityCard({ city }: { city: City }) {
  const { t, i18n } = useTranslation();
  const place = useCityPlace(city);
  const since =
    city.memberSince &&
    new Intl.DateTimeFormat(i18n.resolvedLanguage ?? i18n.language, {
      dateStyle: "long",
      timeZone: "UTC",
    }).format(new Date(`${city.memberSince}T00:00:00Z`));
  return (
    <li className="card">
      <h2>
        <Link to={`/cities/${city.cityId}`}>{city.name}</Link>
      </h2>
      <p className="card__meta">{place}</p>
      {since && <p className="card__meta">{t("cities.memberSince", { date: since })}</p>}
      {city.description && <p>{city.description}</p>}
      <CityWebsite city={city} />
    </li>
  );
}

export const handle: PublicPage = {
  prefetch: ({ queryClient }) => queryClient.prefetchInfiniteQuery(cityQueries.pages()),
  head: ({ t }) => ({ title: t("cities.title"), description: describe(t("cities.intro")) }),
};

export { CitiesPage as Component };
