import type { ExchangeRequest } from "@alliance/core/web";
import { useQuery } from "@tanstack/react-query";
import { Fragment, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { Page } from "../../ui/page.tsx";
import { QueryFallback } from "../../ui/status.tsx";
import { requestQueries } from "./queries.ts";
import { RequestSteps } from "./request-steps.tsx";
import { useRange, useWhen } from "./request-words.ts";
import { Thread } from "./thread.tsx";

/** A request: its state, what it asks, the caller's next steps, its history and conversation. */
export function RequestPage() {
  const { t } = useTranslation();
  const { requestId = "" } = useParams();
  const query = useQuery(requestQueries.one(requestId));
  if (!query.data) {
    return (
      <Page title={t("requests.nav")}>
        <QueryFallback query={query} label={t("requests.loading")} />
      </Page>
    );
  }
  const request = query.data;
  return (
    <Page
      title={t("requests.page.title", {
        kind: t(`requests.kinds.${request.kind}`),
        from: request.from.name,
        to: request.to.name,
      })}
    >
      <RequestDetails request={request} />
      <RequestSteps request={request} onChanged={() => void query.refetch()} />
      <RequestLog request={request} />
      <Thread request={request} />
    </Page>
  );
}

function RequestDetails({ request }: { request: ExchangeRequest }) {
  const { t } = useTranslation();
  const range = useRange();
  const p = (key: string) => t(`requests.page.${key}`);
  const yesNo = (value: boolean) => p(value ? "yes" : "no");
  const rows: Array<[string, ReactNode]> = [
    [p("state"), t(`requests.states.${request.state}`)],
    [p("theme"), t(`exchange.themes.${request.theme}`)],
    [p("requester"), `${request.requester.name} (${request.from.name})`],
    [p("preferredDates"), request.preferredDates.map(range).join("; ")],
  ];
  if (request.proposedDate) rows.push([p("proposedDate"), range(request.proposedDate)]);
  if (request.agreedDate) rows.push([p("agreedDate"), range(request.agreedDate)]);
  if (request.declineReason) rows.push([p("declineReason"), request.declineReason]);
  if (request.item) {
    rows.push([
      p("item"),
      <Link key="item" to={`/exchange/items/${request.item.itemId}`}>
        {request.item.title}
      </Link>,
    ]);
  }
  return (
    <section aria-labelledby="request-details">
      <h2 id="request-details">{t(`requests.states.${request.state}`)}</h2>
      <dl className="details">
        {rows.map(([term, value]) => (
          <Fragment key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
      <h3>{p("message")}</h3>
      <p className="prose">{request.message}</p>
      {request.outcome && (
        <>
          <h3>{p("outcome")}</h3>
          <p className="prose">{request.outcome.summary}</p>
          <p>
            {t("requests.page.useful", { value: yesNo(request.outcome.useful) })} ·{" "}
            {t("requests.page.followUp", { value: yesNo(request.outcome.followUp) })}
          </p>
        </>
      )}
    </section>
  );
}

function RequestLog({ request }: { request: ExchangeRequest }) {
  const { t } = useTranslation();
  const when = useWhen();
  return (
    <section aria-labelledby="request-history">
      <h2 id="request-history">{t("requests.page.history")}</h2>
      <ol className="log">
        {request.log.map((event) => (
          <li key={`${event.at}-${event.action}`}>
            <strong>{t(`requests.actions.${event.action}`)}</strong> – {event.byName},{" "}
            <time dateTime={event.at}>{when(event.at)}</time>
            {event.message && <blockquote>{event.message}</blockquote>}
          </li>
        ))}
      </ol>
    </section>
  );
}

export { RequestPage as Component };
