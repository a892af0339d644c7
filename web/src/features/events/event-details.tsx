import type { EventView } from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import { useCountryName } from "../../ui/country-name.ts";
import { useLabels } from "../exchange/index.ts";
import { eventTimes, useReaderZone, venueInstant } from "./event-times.ts";

/**
 * An event's facts: when (at the venue, and in the reader's zone when it differs),
 * where (the online link only when the API gives it), places, deadline, organiser.
 */
export function EventDetails({ event }: { event: EventView }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const country = useCountryName();
  const { language } = useLabels();
  const readerZone = useReaderZone();
  const times = eventTimes(event, locale, readerZone);
  const left = Math.max(0, event.capacity - event.registeredCount);
  return (
    <dl className="details details--event">
      <dt>{t("events.details.type")}</dt>
      <dd>{t(`events.types.${event.type}`)}</dd>
      <dt>{t("events.details.when")}</dt>
      <dd>
        {/* Dates come from each side's ICU data: the server's text may differ in a space. */}
        <p suppressHydrationWarning>
          {t("events.details.atVenue", { when: times.venue, zone: event.timeZone })}
        </p>
        {times.reader && <p>{t("events.details.yourTime", { when: times.reader })}</p>}
      </dd>
      <dt>{t("events.details.where")}</dt>
      <dd>
        {event.venue && (
          <p>
            {event.venue.name}, {event.venue.address}, {event.venue.city},{" "}
            {country(event.venue.country)}
          </p>
        )}
        {event.online && (
          <p>
            {event.onlineLink ? (
              <>
                {t("events.online")}: <a href={event.onlineLink}>{event.onlineLink}</a>
              </>
            ) : (
              `${t("events.online")} ${t("events.details.linkForRegistered")}`
            )}
          </p>
        )}
      </dd>
      <dt>{t("events.details.places")}</dt>
      <dd>
        {t("events.details.placesLeft", { count: left, capacity: event.capacity })}
        {event.waitingCount > 0 && ` ${t("events.details.waiting", { count: event.waitingCount })}`}
      </dd>
      <dt>{t("events.details.deadline")}</dt>
      <dd suppressHydrationWarning>{venueInstant(event.deadlineAt, locale, event.timeZone)}</dd>
      <dt>{t("events.details.organiser")}</dt>
      <dd>{event.organiser.name}</dd>
      <dt>{t("events.details.language")}</dt>
      <dd>{language(event.language)}</dd>
      <dt>{t("events.details.themes")}</dt>
      <dd>{event.themes.map((theme) => t(`exchange.themes.${theme}`)).join(", ")}</dd>
    </dl>
  );
}
