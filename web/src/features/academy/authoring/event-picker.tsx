import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api, readJson } from "../../../api/client.ts";
import { SelectField } from "../../../ui/fields.tsx";
import { QueryError } from "../../../ui/query-error.tsx";

interface EventChoice {
  eventId: string;
  title: string;
  startsAt: string;
}

/**
 * The event a workshop lesson names (decision 0072): one of the platform's upcoming
 * published events, soonest first, each with its date in the author's language. An
 * event chosen earlier that is no longer upcoming stays selectable, named by its id.
 */
export function EventPicker({
  id,
  eventId,
  error,
  onChange,
}: {
  id: string;
  eventId: string;
  error?: string | undefined;
  onChange: (eventId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const events = useQuery({
    queryKey: ["authoring", "upcoming-events"],
    queryFn: async ({ signal }): Promise<EventChoice[]> => {
      const body = await readJson(
        await api.api.events.$get({ query: { limit: "100" } }, { init: { signal } }),
      );
      return body.items;
    },
  });
  if (events.isError) {
    return <QueryError error={events.error} onRetry={() => void events.refetch()} />;
  }
  const choices = events.data ?? [];
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium" });
  const known = eventId === "" || choices.some((choice) => choice.eventId === eventId);
  return (
    <SelectField
      id={id}
      label={t("authoring.lesson.event")}
      hint={t("authoring.lesson.eventHint")}
      value={eventId}
      error={error}
      aria-busy={events.isPending ? true : undefined}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">
        {events.isPending ? t("authoring.lesson.eventsLoading") : t("authoring.lesson.eventNone")}
      </option>
      {!known && <option value={eventId}>{t("authoring.lesson.eventEarlier", { eventId })}</option>}
      {choices.map((choice) => (
        <option key={choice.eventId} value={choice.eventId}>
          {`${choice.title} (${date.format(new Date(choice.startsAt))})`}
        </option>
      ))}
    </SelectField>
  );
}
