import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { api, readJson } from "../../../api/client.ts";

/**
 * A workshop lesson (decision 0072): the event it names, with its date in the reader's
 * language once known, a link to the event's page (to register) and how the lesson
 * gets done. The link works whether or not the event's details load.
 */
export function WorkshopEvent({ eventId }: { eventId: string }) {
  const { t, i18n } = useTranslation();
  const event = useQuery({
    queryKey: ["events", "event", eventId],
    queryFn: async ({ signal }) =>
      readJson(await api.api.events[":eventId"].$get({ param: { eventId } }, { init: { signal } })),
  });
  const when = event.data
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: "full", timeStyle: "short" }).format(
        new Date(event.data.startsAt),
      )
    : null;
  return (
    <>
      <p>{t("courses.lesson.workshopIntro")}</p>
      <p>
        <Link to={`/events/${eventId}`}>
          {event.data
            ? t("courses.lesson.workshopLink", { title: event.data.title, when })
            : t("courses.lesson.workshopLinkUnnamed")}
        </Link>
      </p>
      {event.data?.status === "cancelled" && (
        <p className="notice">{t("courses.lesson.workshopCancelled")}</p>
      )}
    </>
  );
}
