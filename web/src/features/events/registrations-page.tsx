import type { RegistrationView } from "@alliance/core/web";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { Page } from "../../ui/page.tsx";
import { describeRequestError, QueryError } from "../../ui/query-error.tsx";
import { Loading } from "../../ui/status.tsx";
import { eventQueries, useMarkAttendance } from "./queries.ts";

/**
 * A registered person's attendance, as a checkbox that saves on change. The box shows
 * the change at once, from the click itself (state set in the event, so React never
 * puts the old value back while the mutation's own state is still on its way), until
 * the save and the list's refetch have settled; a failed save shows the stored value
 * again, with the error and "Try again".
 */
function AttendanceBox({ eventId, person }: { eventId: string; person: RegistrationView }) {
  const { t } = useTranslation();
  const mark = useMarkAttendance(eventId);
  const [intended, setIntended] = useState<boolean | null>(null);
  const name = person.displayName || t("events.registrations.anonymous");
  const checked = intended ?? person.state === "attended";
  const save = (attended: boolean) => {
    setIntended(attended);
    mark.mutate({ userId: person.userId, attended }, { onSettled: () => setIntended(null) });
  };
  return (
    <>
      <input
        type="checkbox"
        id={`attended-${person.userId}`}
        checked={checked}
        aria-busy={intended !== null || undefined}
        onChange={(change) => {
          if (intended === null) save(change.target.checked);
        }}
      />
      <label htmlFor={`attended-${person.userId}`}>
        {t("events.registrations.attended", { name })}
      </label>
      {mark.isError && (
        <div className="notice notice--error" role="alert">
          <p>{describeRequestError(mark.error, t)}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => mark.variables && save(mark.variables.attended)}
          >
            {t("actions.retry")}
          </button>
        </div>
      )}
    </>
  );
}

/** The organisers' list: who registered (with attendance), then the waiting list in order. */
function RegistrationsPage() {
  const { t } = useTranslation();
  const { eventId = "" } = useParams();
  const event = useQuery(eventQueries.one(eventId));
  const list = useQuery(eventQueries.registrations(eventId));
  const title = event.data
    ? t("events.registrations.title", { title: event.data.title })
    : t("events.organise.registrations");
  const items = list.data?.items ?? [];
  // Either failing shows one alert, whose "Try again" reads both again.
  const failed = [event, list].find((query) => query.isError);
  const registered = items.filter(
    (item) => item.state === "registered" || item.state === "attended",
  );
  const waiting = items.filter((item) => item.state === "waiting");

  return (
    <Page title={title}>
      <p>
        <Link to={`/events/${eventId}`}>{t("events.form.cancelEdit")}</Link>
      </p>
      {!list.data || !event.data ? (
        failed ? (
          <QueryError
            error={failed.error}
            onRetry={() => void Promise.all([event.refetch(), list.refetch()])}
          />
        ) : (
          <Loading
            label={t("events.registrations.loading")}
            paused={list.fetchStatus === "paused"}
          />
        )
      ) : (
        <>
          <section aria-labelledby="registered-title">
            <h2 id="registered-title">
              {t("events.registrations.registered")} ({registered.length})
            </h2>
            {registered.length === 0 ? (
              <p>{t("events.registrations.none")}</p>
            ) : (
              <ul className="checkbox-list">
                {registered.map((person) => (
                  <li key={person.userId} className="checkbox-list__item">
                    <AttendanceBox eventId={eventId} person={person} />
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="waiting-title">
            <h2 id="waiting-title">
              {t("events.registrations.waiting")} ({waiting.length})
            </h2>
            {waiting.length === 0 ? (
              <p>{t("events.registrations.none")}</p>
            ) : (
              <ol>
                {waiting.map((person) => (
                  <li key={person.userId}>
                    {person.displayName || t("events.registrations.anonymous")}
                  </li>
                ))}
              </ol>
            )}
          </section>
        </>
      )}
    </Page>
  );
}

export { RegistrationsPage as Component };
