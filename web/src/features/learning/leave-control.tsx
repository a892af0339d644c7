import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { describeRequestError } from "../../ui/query-error.tsx";
import { BusyButton } from "../../ui/submit-button.tsx";
import { useLeave } from "./queries.ts";

/**
 * Leaving a course, confirmed on the page: the question takes focus when asked,
 * and cancelling gives focus back to the button that asked it.
 */
export function LeaveControl({ courseId, onLeft }: { courseId: string; onLeft: () => void }) {
  const { t } = useTranslation();
  const leave = useLeave(courseId);
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);

  useEffect(() => {
    if (asking) question.current?.focus();
    else if (opened.current) opener.current?.focus();
    opened.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <p>
        <button
          ref={opener}
          type="button"
          className="button button--secondary"
          onClick={() => setAsking(true)}
        >
          {t("learning.enrolment.leave")}
        </button>
      </p>
    );
  }
  return (
    <div className="confirm">
      <p ref={question} tabIndex={-1}>
        {t("learning.enrolment.leaveQuestion")}
      </p>
      <div className="actions actions--row">
        <BusyButton
          busy={leave.isPending}
          onClick={() => {
            // Awaited rather than a mutate callback: leaving unmounts this control.
            leave.mutateAsync().then(onLeft, () => {});
          }}
        >
          {t("learning.enrolment.leaveConfirm")}
        </BusyButton>
        <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
          {t("learning.enrolment.cancel")}
        </button>
      </div>
      {leave.isError && (
        <p role="alert" className="field__error">
          {describeRequestError(leave.error, t)}
        </p>
      )}
    </div>
  );
}
