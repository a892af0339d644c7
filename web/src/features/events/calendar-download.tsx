import type { EventView } from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import { api, readJson } from "../../api/client.ts";
import { DownloadButton } from "../../ui/download-button.tsx";
import { saveFile } from "../../ui/save-file.ts";

/** The file's name from Content-Disposition, else one made from the event's id. */
function fileNameOf(response: Response, eventId: string): string {
  const named = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "");
  return named?.[1] ?? `${eventId}.ics`;
}

/**
 * The event as an `.ics` file. Fetched with the person's token (a plain link carries
 * none), so that a registered person's file holds the online link (decision 0056).
 */
export function CalendarDownload({ event }: { event: EventView }) {
  const { t } = useTranslation();
  const save = async () => {
    const response = await api.api.events[":eventId"].calendar.$get({
      param: { eventId: event.eventId },
    });
    if (!response.ok) await readJson(response);
    const fileName = fileNameOf(response, event.eventId);
    saveFile(new Blob([await response.text()], { type: "text/calendar" }), fileName);
    return fileName;
  };
  return (
    <DownloadButton
      save={save}
      preparing={t("events.ics.pending")}
      done={(fileName) => t("events.ics.done", { fileName })}
      failed={t("events.ics.failed")}
    >
      {t("events.ics.download")}
    </DownloadButton>
  );
}
