import type { City } from "@alliance/core/web";
import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { Page } from "../../ui/page.tsx";
import { describe, type PublicPage, queryErrorStatus } from "../../ui/page-head.ts";
import { QueryError } from "../../ui/query-error.tsx";
import { Loading, QueryFallback, StatusMessage } from "../../ui/status.tsx";
import { useMe } from "../auth/index.ts";
import { exchangeQueries, filtersFrom, ItemCard } from "../exchange/index.ts";
import { AskForExchange } from "../exchange-requests/index.ts";
import { CityLearning } from "../learning/index.ts";
import { CityEditor } from "./city-editor.tsx";
import { CityMatchingProfile } from "./city-matching-profile.tsx";
import { CityMembership, CityStatusNotice } from "./city-membership.tsx";
import { useCityPlace } from "./city-place.ts";
import { CityWebsite } from "./city-website.tsx";
import { cityQueries } from "./queries.ts";
import { SimilarCities } from "./similar-cities.tsx";

/** A member city's profile and its published items. */
export function CityPage() {
  const { t } = useTranslation();
  const { cityId = "" } = useParams();
  const city = useQuery(cityQueries.one(cityId));

  return (
    <Page title={city.data?.name ?? t("cities.city.title")}>
      {city.data ? (
        <CityView city={city.data} />
      ) : (
        <QueryFallback query={city} label={t("cities.city.loading")} />
      )}
    </Page>
  );
}

function CityView({ city }: { city: City }) {
  const { t } = useTranslation();
  const { me, isAdmin } = useMe();
  const ownCity = Boolean(me?.roles.includes("contributor") && me.cityId === city.cityId);
  const canEdit = isAdmin || ownCity;
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const place = useCityPlace(city);
  const search = useInfiniteQuery({
    ...cityItemsQuery(city.cityId),
    placeholderData: keepPreviousData,
  });
  const items = search.data?.pages.flatMap((page) => page.items) ?? [];
  const total = search.data?.pages[0]?.total ?? 0;

  return (
    <>
      <p className="card__meta">{place}</p>
      <CityStatusNotice city={city} />
      {city.description && <p className="lead">{city.description}</p>}
      <CityMatchingProfile city={city} />
      {city.membershipStatus === "active" && (
        <AskForExchange cityId={city.cityId} cityName={city.name} />
      )}
      <StatusMessage>{saved ? t("cities.edit.saved") : undefined}</StatusMessage>
      {canEdit &&
        (editing ? (
          <CityEditor
            city={city}
            onClose={(done) => {
              setEditing(false);
              setSaved(done);
              requestAnimationFrame(() => editButton.current?.focus());
            }}
          />
        ) : (
          <p>
            <button
              ref={editButton}
              type="button"
              className="button button--secondary"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t("cities.edit.open")}
            </button>
          </p>
        ))}
      <section aria-labelledby="city-contact">
        <h2 id="city-contact">{t("cities.city.contact")}</h2>
        {city.contactName || city.contactEmail ? (
          <p>
            {city.contactName}
            {city.contactName && city.contactEmail && <br />}
            {city.contactEmail && <a href={`mailto:${city.contactEmail}`}>{city.contactEmail}</a>}
          </p>
        ) : (
          <p>{t("cities.city.noContact")}</p>
        )}
        <CityWebsite city={city} />
      </section>
      <section aria-labelledby="city-items">
        <h2 id="city-items">{t("cities.city.items")}</h2>
        {search.isPending ? (
          <Loading label={t("exchange.list.loading")} paused={search.fetchStatus === "paused"} />
        ) : search.isError && items.length === 0 ? (
          <QueryError error={search.error} onRetry={() => void search.refetch()} />
        ) : items.length === 0 ? (
          <p className="empty">{t("cities.city.noItems")}</p>
        ) : (
          <>
            <StatusMessage tone="info">{t("exchange.list.count", { count: total })}</StatusMessage>
            <ul className="cards cards--list cards--h3">
              {items.map((item) => (
                <ItemCard key={item.itemId} item={item} headingLevel={3} />
              ))}
            </ul>
            {search.hasNextPage && (
              <p>
                <Link to={`/exchange?cityId=${city.cityId}`}>{t("cities.city.allItems")}</Link>
              </p>
            )}
          </>
        )}
      </section>
      <SimilarCities city={city} mine={ownCity} />
      {canEdit && <CityLearning city={city} />}
      <CityMembership city={city} />
    </>
  );
}

/** The first page of a city's published items. */
const cityItemsQuery = (cityId: string) =>
  exchangeQueries.search(filtersFrom(new URLSearchParams({ cityId })));

export const handle: PublicPage = {
  prefetch: async ({ params, queryClient }) => {
    const cityId = params.cityId ?? "";
    await Promise.all([
      queryClient.prefetchQuery(cityQueries.one(cityId)),
      queryClient.prefetchInfiniteQuery(cityItemsQuery(cityId)),
    ]);
  },
  head: ({ params, queryClient, t }) => {
    const { queryKey } = cityQueries.one(params.cityId ?? "");
    const city = queryClient.getQueryData(queryKey);
    if (city) {
      const description = describe(city.description, t("cities.intro"));
      return { title: city.name, description, type: "article" };
    }
    const status = queryErrorStatus(queryClient, queryKey);
    return {
      title: t("cities.city.title"),
      description: describe(t("cities.intro")),
      ...(status === 404 || status === 400 ? { status: 404 } : {}),
    };
  },
};

export { CityPage as Component };
