import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { Page } from "../../ui/page.tsx";
import { describe, type PublicPage, queryErrorStatus } from "../../ui/page-head.ts";
import { QueryError } from "../../ui/query-error.tsx";
import { Loading } from "../../ui/status.tsx";
import { CalendarDownload } from "./calendar-download.tsx";
import { EventStateBadges } from "./event-card.tsx";
import { EventDetails } from "./event-details.tsx";
import { EventMaterials } from "./event-materials.tsx";
import { OrganiserPanel } from "./organiser-panel.tsx";
import { eventQueries } from "./queries.ts";
import { RegistrationPanel } from "./registration-panel.tsx";
import { RelatedLinks } from "./related-links.tsx";

/**
 * An event: its facts, its materials, the reader's registration, its calendar file,
 * the organisers' steps.
 */
function EventPage() {
  const { t } = useTranslation();
  const { eventId = "" } = useParams();
  const query = useQuery(eventQueries.one(eventId));
  const event = query.data;

  if (!event) {
    return (
      <Page title={t("events.event")}>
        {query.isError ? (
          <QueryError
            error={query.error}
            onRetry={() => void query.refetch()}
            wayOn={{ to: "/events", label: t("events.back") }}
          />
        ) : (
          <Loading label={t("events.loadingOne")} paused={query.fetchStatus === "paused"} />
        )}
      </Page>
    );
  }
  return (
    <Page title={event.title} lang={event.language}>
      <EventStateBadges event={event} />
      {event.status === "cancelled" && (
        <div className="notice notice--warning">
          <p>
            <strong>{t("events.cancelledNotice")}</strong>
          </p>
          {event.cancellationReason && <p lang={event.language}>{event.cancellationReason}</p>}
        </div>
      )}
      <EventDetails event={event} />
      <p className="plain-text" lang={event.language}>
        {event.description}
      </p>
      <RelatedLinks event={event} />
      <EventMaterials event={event} />
      <RegistrationPanel event={event} />
      <CalendarDownload event={event} />
      <OrganiserPanel event={event} />
    </Page>
  );
}

export const handle: PublicPage = {
  prefetch: ({ params, queryClient }) =>
    queryClient.prefetchQuery(eventQueries.one(params.eventId ?? "")),
  head: ({ params, queryClient, t }) => {
    const { queryKey } = eventQueries.one(params.eventId ?? "");
    const event = queryClient.getQueryData(queryKey);
    if (event) {
      return { title: event.title, description: describe(event.description), type: "article" };
    }
    const status = queryErrorStatus(queryClient, queryKey);
    return {
      title: t("events.event"),
      description: describe(t("events.intro")),
      ...((status === 404 || status === 400) && { status: 404 }),
    };
  },
};

export { EventPage as Component };
