import type { Observation, ObservationPage } from "@alliance/core/web";
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { QueryFallback } from "../../ui/status.tsx";
import { themeName } from "./signal-words.ts";

/** One observation in full, for its city or a reviewing administrator. */
export function ObservationEntry({ observation }: { observation: Observation }) {
  const { t } = useTranslation();
  return (
    <>
      <h3>
        {themeName(t, observation.theme)} · {observation.period} · {observation.cityName}
      </h3>
      <p>
        <span className={`badge badge--${observation.status}`}>
          {t(`signals.statuses.${observation.status}`)}
        </span>{" "}
        {t("signals.fields.area")}: {observation.area} · {t("signals.fields.direction")}:{" "}
        {t(`signals.directions.${observation.direction}`)} · {t("signals.fields.intensity")}:{" "}
        {t(`signals.intensities.${observation.intensity}`)}
      </p>
      <p>{observation.note}</p>
      {observation.sentBackReason && (
        <p>
          <strong>{t("signals.mine.sentBack")}:</strong> {observation.sentBackReason}
        </p>
      )}
      {observation.actions.edit && (
        <p>
          <Link to={`/signals/mine/${observation.observationId}/edit`}>
            {observation.status === "sent-back"
              ? t("signals.mine.editSentBack")
              : t("signals.mine.edit")}
          </Link>
        </p>
      )}
    </>
  );
}

/** A list of observations once loaded (else loading, or the error with Try again). */
export function ObservationList({
  query,
  loading,
  none,
  extra,
}: {
  query: UseQueryResult<ObservationPage>;
  loading: string;
  none: string;
  /** What follows each entry (the review's decision). */
  extra?: (observation: Observation) => ReactNode;
}) {
  if (!query.data) return <QueryFallback query={query} label={loading} />;
  if (query.data.items.length === 0) return <p>{none}</p>;
  return (
    <ul className="request-list">
      {query.data.items.map((observation) => (
        <li key={observation.observationId} className="request-list__entry">
          <ObservationEntry observation={observation} />
          {extra?.(observation)}
        </li>
      ))}
    </ul>
  );
}
