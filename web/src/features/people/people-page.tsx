import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { KeywordSearch } from "../../ui/keyword-search.tsx";
import { Page } from "../../ui/page.tsx";
import { PagedResults } from "../../ui/paged-results.tsx";
import { ConsoleNav } from "../audit/index.ts";
import { useCities } from "./city-name.ts";
import { peopleQueries } from "./queries.ts";

/** Administrators find a person by name or username; the search is in the URL. */
export function PeoplePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = (params.get("q") ?? "").trim();
  const search = useInfiniteQuery(peopleQueries.search(q));
  const { nameOf } = useCities();
  const people = search.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Page title={t("people.title")}>
      <ConsoleNav />
      <p>{t("people.intro")}</p>
      <KeywordSearch
        key={q}
        initial={q}
        onSearch={(next) => setParams(next.trim() ? { q: next.trim() } : {})}
        labels={{
          label: t("people.search.label"),
          hint: t("people.search.hint"),
          button: t("people.search.button"),
        }}
      />
      <PagedResults
        search={search}
        items={people}
        narrowed={q !== ""}
        clearTo="/admin/people"
        labels={{
          loading: t("people.loading"),
          empty: q ? t("people.empty") : t("people.emptyAll"),
          clear: t("people.clear"),
          more: t("people.more"),
          loadingMore: t("people.loadingMore"),
        }}
        render={(person) => (
          <li key={person.userId} className="card">
            <h2>
              <Link to={`/admin/people/${person.userId}`}>{person.displayName}</Link>
            </h2>
            <p className="card__meta">
              {t("people.meta", {
                username: person.username,
                city: person.cityId ? nameOf(person.cityId) : t("people.noCity"),
              })}
            </p>
          </li>
        )}
      />
    </Page>
  );
}

export { PeoplePage as Component };
