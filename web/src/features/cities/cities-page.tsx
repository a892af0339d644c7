import type { City } from "@alliance/core/web";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Page } from "../../ui/page.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { Loading, StatusMessage } from "../../ui/status.tsx";
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
      {cities.isPending ? (
        <Loading label={t("cities.loading")} paused={cities.fetchStatus === "paused"} />
      ) : cities.isError && list.length === 0 ? (
        <QueryError error={cities.error} onRetry={() => void cities.refetch()} />
      ) : list.length === 0 ? (
        <p className="empty">{t("cities.empty")}</p>
      ) : (
        <>
          <StatusMessage tone="info">{t("cities.count", { count: list.length })}</StatusMessage>
          <ul className="cards">
            {list.map((city) => (
              <CityCard key={city.cityId} city={city} />
            ))}
          </ul>
          {cities.isFetchNextPageError && (
            <QueryError error={cities.error} onRetry={() => void cities.fetchNextPage()} />
          )}
          {cities.hasNextPage && (
            <button
              type="button"
              className="button button--secondary"
              aria-disabled={cities.isFetchingNextPage || undefined}
              onClick={() => {
                if (!cities.isFetchingNextPage) void cities.fetchNextPage();
              }}
            >
              {cities.isFetchingNextPage ? t("cities.loadingMore") : t("cities.more")}
            </button>
          )}
        </>
      )}
    </Page>
  );
}

function CityCard({ city }: { city: City }) {
  const place = useCityPlace(city);
  return (
    <li className="card">
      <h2>
        <Link to={`/cities/${city.cityId}`}>{city.name}</Link>
      </h2>
      <p className="card__meta">{place}</p>
      {city.description && <p>{city.description}</p>}
      <CityWebsite city={city} />
    </li>
  );
}

export { CitiesPage as Component };
