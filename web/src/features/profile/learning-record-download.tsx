import { useTranslation } from "react-i18next";
import { describeRequestError } from "../../ui/query-error.tsx";
import { StatusMessage } from "../../ui/status.tsx";
import { useDownloadLearningRecord } from "./account-actions.ts";

/** The learner takes away everything the academy holds about their learning. */
export function LearningRecordDownload() {
  const { t } = useTranslation();
  const download = useDownloadLearningRecord();
  const pending = download.isPending;

  return (
    <>
      <p>{t("account.record.intro")}</p>
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={pending || undefined}
          onClick={() => {
            if (!pending) download.mutate();
          }}
        >
          {pending && <span className="spinner" aria-hidden="true" />}
          {pending ? t("account.record.pending") : t("account.record.download")}
        </button>
      </div>
      <StatusMessage tone={pending ? "info" : "success"}>
        {pending
          ? t("account.record.pending")
          : download.isSuccess
            ? t("account.record.done", { fileName: download.data })
            : undefined}
      </StatusMessage>
      {download.isError && (
        <div className="notice notice--error" role="alert">
          <p>
            {t("account.record.failed")} {describeRequestError(download.error, t)}
          </p>
        </div>
      )}
    </>
  );
}
