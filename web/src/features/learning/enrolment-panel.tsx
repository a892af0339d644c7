import type { CourseProgress } from "@alliance/core/web";
import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { describeRequestError, QueryError } from "../../ui/query-error.tsx";
import { Loading, StatusMessage } from "../../ui/status.tsx";
import { BusyButton } from "../../ui/submit-button.tsx";
import { useCourseLabels } from "../academy/index.ts";
import { useAuth } from "../auth/index.ts";
import { CertificateButton } from "./certificate-button.tsx";
import { LeaveControl } from "./leave-control.tsx";
import { findLesson, hasStarted, lessonsOf } from "./lesson-place.ts";
import { ProgressBar } from "./progress-bar.tsx";
import { learningQueries, useEnrol } from "./queries.ts";

type Notice = "enrolled" | "left" | null;

/**
 * On a course's page: sign in to enrol, enrol, or (enrolled) the progress, where to
 * go on, and leaving; for a completed course, its certificate.
 */
export function EnrolmentPanel({ courseId, lang }: { courseId: string; lang: string }) {
  const { t } = useTranslation();
  const { state } = useAuth();
  const { pathname } = useLocation();
  const enrolment = useQuery({
    ...learningQueries.enrolment(courseId),
    enabled: state.status === "signed-in",
  });
  const [notice, setNotice] = useState<Notice>(null);

  let body: ReactNode;
  if (state.status === "checking") body = null;
  else if (state.status === "signed-out") {
    body = (
      <p>
        <Link className="button" to={`/sign-in?next=${encodeURIComponent(pathname)}`}>
          {t("learning.enrolment.signIn")}
        </Link>
      </p>
    );
  } else if (enrolment.isPending) {
    body = (
      <Loading
        label={t("learning.enrolment.loading")}
        paused={enrolment.fetchStatus === "paused"}
      />
    );
  } else if (enrolment.isError) {
    body = <QueryError error={enrolment.error} onRetry={() => void enrolment.refetch()} />;
  } else if (enrolment.data === null) {
    body = (
      <EnrolButton
        courseId={courseId}
        focus={notice === "left"}
        onDone={() => setNotice("enrolled")}
      />
    );
  } else {
    body = (
      <Enrolled
        progress={enrolment.data}
        lang={lang}
        focusNext={notice === "enrolled"}
        onLeft={() => setNotice("left")}
      />
    );
  }

  return (
    <section className="enrolment" aria-labelledby="enrolment-title">
      <h2 id="enrolment-title">{t("learning.enrolment.title")}</h2>
      <StatusMessage>
        {notice === "enrolled"
          ? t("learning.enrolment.enrolled")
          : notice === "left"
            ? t("learning.enrolment.left")
            : undefined}
      </StatusMessage>
      {body}
    </section>
  );
}

function EnrolButton({
  courseId,
  focus,
  onDone,
}: {
  courseId: string;
  focus: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const enrol = useEnrol(courseId);
  const button = useRef<HTMLButtonElement>(null);

  // After leaving, focus lands where the person can enrol again.
  useEffect(() => {
    if (focus) button.current?.focus();
  }, [focus]);

  return (
    <>
      <p>
        <BusyButton
          ref={button}
          busy={enrol.isPending}
          onClick={() => {
            // Awaited rather than a mutate callback: enrolling unmounts this button.
            enrol.mutateAsync().then(onDone, () => {});
          }}
        >
          {t("learning.enrolment.enrol")}
        </BusyButton>
      </p>
      {enrol.isError && (
        <p role="alert" className="field__error">
          {describeRequestError(enrol.error, t)}
        </p>
      )}
    </>
  );
}

/** Where the "go on" link leads: the first lesson, the resume point, or (all done) the start. */
function nextStep(progress: CourseProgress) {
  const next = findLesson(progress, progress.nextLessonId);
  if (next) return { lessonId: next.lessonId, title: next.title, started: hasStarted(progress) };
  const first = lessonsOf(progress)[0];
  return first ? { lessonId: first.lessonId, title: null, started: true } : null;
}

function Enrolled({
  progress,
  lang,
  focusNext,
  onLeft,
}: {
  progress: CourseProgress;
  lang: string;
  focusNext: boolean;
  onLeft: () => void;
}) {
  const { t } = useTranslation();
  const labels = useCourseLabels();
  const step = nextStep(progress);
  const go = useRef<HTMLAnchorElement>(null);
  const completed = progress.status === "completed";

  // Just enrolled: the enrol button is gone; the way into the course takes focus.
  useEffect(() => {
    if (focusNext) go.current?.focus();
  }, [focusNext]);

  return (
    <>
      {completed && progress.completedAt && (
        <p>{t("learning.enrolment.completedOn", { date: labels.date(progress.completedAt) })}</p>
      )}
      <ProgressBar progress={progress} />
      {step && (
        <p>
          <Link
            ref={go}
            className="button"
            to={`/learning/${progress.courseId}/lessons/${step.lessonId}`}
          >
            {step.title === null ? (
              t("learning.enrolment.review")
            ) : step.started ? (
              <>
                {t("learning.enrolment.resume")} <span lang={lang}>{step.title}</span>
              </>
            ) : (
              t("learning.enrolment.start")
            )}
          </Link>
        </p>
      )}
      {completed && progress.certificateCode && (
        <CertificateButton
          code={progress.certificateCode}
          courseTitle={progress.title}
          lang={lang}
        />
      )}
      {!completed && <LeaveControl courseId={progress.courseId} onLeft={onLeft} />}
    </>
  );
}
