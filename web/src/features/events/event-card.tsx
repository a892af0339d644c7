import type { EventView } from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCountryName } from "../../ui/country-name.ts";
import { shortDate } from "./event-times.ts";
import { RegistrationBadge } from "./registration-badge.tsx";

/** One event in a list: its title, when (in the reader's zone), where, and its state. */
export function EventCard({ event, headingLevel = 3 }: { event: EventView; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const country = useCountryName();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const where = event.venue
    ? `${event.venue.city}, ${country(event.venue.country)}`
    : t("events.online");
  return (
    <li className="card">
      <Heading lang={event.language}>
        <Link to={`/events/${event.eventId}`}>{event.title}</Link>
      </Heading>
      <p className="card__meta">
        {[
          t(`events.types.${event.type}`),
          shortDate(event.startsAt, locale, event.timeZone),
          where,
          event.venue && event.online ? t("events.alsoOnline") : null,
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
      <p className="card__meta">{t("events.organisedBy", { name: event.organiser.name })}</p>
      <EventStateBadges event={event} />
    </li>
  );
}

/** Cancelled, draft, full: what a reader should see before opening the event. */
export function EventStateBadges({ event }: { event: EventView }) {
  const { t } = useTranslation();
  const full = event.registeredCount >= event.capacity;
  return (
    <p className="badges">
      {event.status === "cancelled" && (
        <span className="badge badge--former">{t("events.status.cancelled")}</span>
      )}
      {event.status === "draft" && (
        <span className="badge badge--status-draft">{t("events.status.draft")}</span>
      )}
      {event.status === "published" && full && <span className="badge">{t("events.full")}</span>}
      <RegistrationBadge state={event.registration} />
    </p>
  );
}
