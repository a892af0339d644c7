import { useState } from "react";
import { useTranslation } from "react-i18next";
import { describeRequestError } from "../../ui/query-error.tsx";
import { saveFile } from "../../ui/save-file.ts";
import { StatusMessage } from "../../ui/status.tsx";
import { fetchCourseCsv } from "./queries.ts";

type State =
  | { step: "idle" }
  | { step: "pending" }
  | { step: "done"; fileName: string }
  | { step: "failed"; error: unknown };

/** Downloads the course's figures as CSV, with the sign-in the API asks for. */
export function CsvDownload({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ step: "idle" });
  const pending = state.step === "pending";

  const download = async () => {
    if (pending) return;
    setState({ step: "pending" });
    try {
      const { blob, fileName } = await fetchCourseCsv(courseId);
      saveFile(blob, fileName);
      setState({ step: "done", fileName });
    } catch (error) {
      setState({ step: "failed", error });
    }
  };

  return (
    <div className="csv-download">
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={pending || undefined}
        onClick={() => void download()}
      >
        {pending && <span className="spinner" aria-hidden="true" />}
        {t("statistics.csv.download")}
      </button>
      <StatusMessage tone={pending ? "info" : "success"}>
        {pending
          ? t("statistics.csv.preparing")
          : state.step === "done"
            ? t("statistics.csv.done", { fileName: state.fileName })
            : undefined}
      </StatusMessage>
      {state.step === "failed" && (
        <div className="notice notice--error" role="alert">
          <p>
            {t("statistics.csv.failed")} {describeRequestError(state.error, t)}
          </p>
        </div>
      )}
    </div>
  );
}
