import { APPLICATION_STATES, type ApplicationState } from "@alliance/core/web";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useCountryName } from "../../ui/country-name.ts";
import { SelectField } from "../../ui/fields.tsx";
import { Page } from "../../ui/page.tsx";
import { PagedResults } from "../../ui/paged-results.tsx";
import { StateBadge, useWhen } from "./application-details.tsx";
import { membershipQueries } from "./queries.ts";

type Filter = ApplicationState | "all";
const isFilter = (value: string | null): value is Filter =>
  value === "all" || (APPLICATION_STATES as readonly (string | null)[]).includes(value);

/** Administrators: applications in one state (new ones by default), oldest first. */
export function QueuePage() {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const when = useWhen();
  const [params, setParams] = useSearchParams();
  const asked = params.get("state");
  const state: Filter = isFilter(asked) ? asked : "submitted";
  const queue = useInfiniteQuery(membershipQueries.queue(state));
  const items = queue.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Page title={t("membership.queue.title")}>
      <p>{t("membership.queue.intro")}</p>
      <SelectField
        id="queue-state"
        label={t("membership.queue.filter")}
        value={state}
        onChange={(event) => setParams({ state: event.target.value })}
      >
        {APPLICATION_STATES.map((each) => (
          <option key={each} value={each}>
            {t(`membership.states.${each}`)}
          </option>
        ))}
        <option value="all">{t("membership.queue.all")}</option>
      </SelectField>
      <PagedResults
        search={queue}
        items={items}
        render={(application) => (
          <li key={application.applicationId} className="card">
            <h2>
              <Link to={`/admin/membership/${application.applicationId}`}>
                {application.cityName}
              </Link>
            </h2>
            <p className="card__meta">
              {countryName(application.country)} · {application.region} ·{" "}
              {when(application.submittedAt)}
            </p>
            <p>
              <StateBadge application={application} />
            </p>
          </li>
        )}
        labels={{
          loading: t("membership.loading"),
          empty: t("membership.queue.empty"),
          more: t("membership.queue.more"),
          loadingMore: t("membership.queue.loadingMore"),
        }}
      />
    </Page>
  );
}

export { QueuePage as Component };
