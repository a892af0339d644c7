import type { ProgressSummary } from "@alliance/core/web";
import { useTranslation } from "react-i18next";

type Figures = Pick<ProgressSummary, "title" | "percent" | "requiredDone" | "requiredTotal">;

/**
 * A course's progress as the server counts it: a bar named after the course with
 * its percentage, and the same figures as text for those who do not see the bar.
 */
export function ProgressBar({ progress }: { progress: Figures }) {
  const { t } = useTranslation();
  const { title, requiredDone, requiredTotal } = progress;
  const percent = Math.min(100, Math.max(0, progress.percent));
  return (
    <div className="progress">
      <div
        className="progress__track"
        role="progressbar"
        aria-label={t("learning.progress.name", { title })}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t("learning.progress.value", { percent })}
      >
        <div className="progress__bar" style={{ width: `${percent}%` }} />
      </div>
      <p className="progress__text">
        {t("learning.progress.summary", { percent, done: requiredDone, count: requiredTotal })}
      </p>
    </div>
  );
}
