import type { RequestSummary } from "@alliance/core/web";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Page } from "../../ui/page.tsx";
import { QueryFallback } from "../../ui/status.tsx";
import { useMe } from "../auth/index.ts";
import { requestQueries } from "./queries.ts";

/** "My exchange requests": those asked of my city and those it asked, with their state. */
export function MyRequestsPage() {
  const { t } = useTranslation();
  const { me } = useMe();
  return (
    <Page title={t("requests.mine.title")}>
      {me && !me.cityId ? (
        <p>{t("requests.mine.noCity")}</p>
      ) : (
        <>
          <RequestList direction="incoming" />
          <RequestList direction="outgoing" />
        </>
      )}
    </Page>
  );
}

function RequestList({ direction }: { direction: "incoming" | "outgoing" }) {
  const { t } = useTranslation();
  const query = useQuery(requestQueries.mine(direction));
  const id = `requests-${direction}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t(`requests.mine.${direction}`)}</h2>
      {!query.data ? (
        <QueryFallback query={query} label={t("requests.mine.loading")} />
      ) : query.data.items.length === 0 ? (
        <p>{t("requests.mine.none")}</p>
      ) : (
        <ul className="request-list">
          {query.data.items.map((request) => (
            <RequestEntry key={request.requestId} request={request} direction={direction} />
          ))}
        </ul>
      )}
    </section>
  );
}

function RequestEntry({
  request,
  direction,
}: {
  request: RequestSummary;
  direction: "incoming" | "outgoing";
}) {
  const { t } = useTranslation();
  const other =
    direction === "incoming"
      ? t("requests.mine.from", { city: request.from.name })
      : t("requests.mine.to", { city: request.to.name });
  return (
    <li className="request-list__entry">
      <Link to={`/exchange-requests/${request.requestId}`}>
        {t(`requests.kinds.${request.kind}`)} · {t(`exchange.themes.${request.theme}`)} · {other}
      </Link>{" "}
      <span className={`badge badge--${request.state}`}>
        {t(`requests.states.${request.state}`)}
      </span>
    </li>
  );
}

export { MyRequestsPage as Component };
