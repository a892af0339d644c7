import { useTranslation } from "react-i18next";
import { DownloadButton } from "../../../ui/download-button.tsx";
import { saveFile } from "../../../ui/save-file.ts";
import { fetchCourseCsv } from "./queries.ts";

/** Downloads the course's figures as CSV, with the sign-in the API asks for. */
export function CsvDownload({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  return (
    <DownloadButton
      save={async () => {
        const { blob, fileName } = await fetchCourseCsv(courseId);
        saveFile(blob, fileName);
        return fileName;
      }}
      preparing={t("statistics.csv.preparing")}
      done={(fileName) => t("statistics.csv.done", { fileName })}
      failed={t("statistics.csv.failed")}
    >
      {t("statistics.csv.download")}
    </DownloadButton>
  );
}
