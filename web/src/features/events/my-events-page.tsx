import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Page } from "../../ui/page.tsx";
import { PagedResults } from "../../ui/paged-results.tsx";
import { useRoles } from "../auth/index.ts";
import { CalendarFeedSection } from "./calendar-feed.tsx";
import { EventCard } from "./event-card.tsx";
import { eventQueries } from "./queries.ts";

function EventList({ as }: { as: "participant" | "organiser" }) {
  const { t } = useTranslation();
  const search = useInfiniteQuery(eventQueries.mine(as));
  const events = search.data?.pages.flatMap((page) => page.items) ?? [];
  const id = `mine-${as}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t(`events.mine.${as}`)}</h2>
      <PagedResults
        search={search}
        items={events}
        render={(event) => <EventCard key={event.eventId} event={event} />}
        labels={{
          loading: t("events.mine.loading"),
          empty: as === "organiser" ? t("events.mine.emptyOrganiser") : t("events.mine.empty"),
          more: t("events.mine.more"),
          loadingMore: t("events.mine.loadingMore"),
        }}
      />
    </section>
  );
}

/** "My events" (GET /me/events): registrations, events organised, and the calendar feed. */
function MyEventsPage() {
  const { t } = useTranslation();
  const { isAdmin, isContributor, isTrainer } = useRoles();
  const organiser = isAdmin || isContributor || isTrainer;
  return (
    <Page title={t("events.mine.title")}>
      <p>{t("events.mine.intro")}</p>
      <p className="actions actions--row">
        <Link to="/events">{t("events.mine.browse")}</Link>
        {organiser && <Link to="/events/new">{t("events.mine.create")}</Link>}
      </p>
      <EventList as="participant" />
      {organiser && <EventList as="organiser" />}
      <CalendarFeedSection />
    </Page>
  );
}

export { MyEventsPage as Component };
