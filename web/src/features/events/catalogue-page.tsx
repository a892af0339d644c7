import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Page } from "../../ui/page.tsx";
import { describe, type PublicPage } from "../../ui/page-head.ts";
import { PagedResults } from "../../ui/paged-results.tsx";
import { StatusMessage } from "../../ui/status.tsx";
import { useUrlFilters } from "../../ui/use-url-filters.ts";
import { useAuth, useRoles } from "../auth/index.ts";
import { CatalogueFiltersPanel } from "./catalogue-filters.tsx";
import { activeFilterCount, filtersFrom, paramsOf } from "./catalogue-params.ts";
import { EventCard } from "./event-card.tsx";
import { eventQueries } from "./queries.ts";

/**
 * The events catalogue (decision 0053): upcoming soonest first or past latest first,
 * filtered as the API allows, a page at a time ("Show more" follows the cursor). The
 * API filters within each page, so a page may hold fewer events than asked.
 */
function EventsCataloguePage() {
  const { t } = useTranslation();
  const { filters, apply } = useUrlFilters(filtersFrom, paramsOf);
  const { state } = useAuth();
  const { isAdmin, isContributor, isTrainer } = useRoles();
  const search = useInfiniteQuery({
    ...eventQueries.catalogue(filters),
    placeholderData: keepPreviousData,
  });
  const events = search.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Page title={t("events.title")}>
      <p>{t("events.intro")}</p>
      {state.status === "signed-in" && (
        <p className="actions actions--row">
          <Link to="/my-events">{t("events.mine.title")}</Link>
          {(isAdmin || isContributor || isTrainer) && (
            <Link to="/events/new">{t("events.form.newTitle")}</Link>
          )}
        </p>
      )}
      <div className="exchange-layout">
        <CatalogueFiltersPanel filters={filters} onChange={apply} />
        <section aria-labelledby="results-title" className="exchange-results">
          <h2 id="results-title">
            {filters.when === "past" ? t("events.filters.past") : t("events.filters.upcoming")}
          </h2>
          <div className="results-bar">
            <StatusMessage tone="info">
              {search.isPlaceholderData ? t("events.searching") : undefined}
            </StatusMessage>
          </div>
          <PagedResults
            search={search}
            items={events}
            render={(event) => <EventCard key={event.eventId} event={event} />}
            narrowed={activeFilterCount(filters) > 0}
            clearTo={filters.when === "past" ? "/events?when=past" : "/events"}
            labels={{
              loading: t("events.loading"),
              empty: filters.when === "past" ? t("events.emptyPast") : t("events.empty"),
              clear: t("events.filters.clear"),
              more: t("events.more"),
              loadingMore: t("events.loadingMore"),
            }}
          />
        </section>
      </div>
    </Page>
  );
}

export const handle: PublicPage = {
  prefetch: ({ url, queryClient }) =>
    queryClient.prefetchInfiniteQuery(eventQueries.catalogue(filtersFrom(url.searchParams))),
  head: ({ t }) => ({ title: t("events.title"), description: describe(t("events.intro")) }),
};

export { EventsCataloguePage as Component };
