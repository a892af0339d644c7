import { useTranslation } from "react-i18next";
import { DownloadButton } from "../../ui/download-button.tsx";
import { downloadLearningRecord } from "./account-actions.ts";

/** The learner takes away everything the academy holds about their learning. */
export function LearningRecordDownload() {
  const { t } = useTranslation();
  return (
    <>
      <p>{t("account.record.intro")}</p>
      <DownloadButton
        save={downloadLearningRecord}
        preparing={t("account.record.pending")}
        done={(fileName) => t("account.record.done", { fileName })}
        failed={t("account.record.failed")}
      >
        {t("account.record.download")}
      </DownloadButton>
    </>
  );
}
