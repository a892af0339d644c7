import type { LessonPage, ProgressSummary } from "@alliance/core/web";
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { describeRequestError } from "../../ui/query-error.tsx";
import { StatusMessage } from "../../ui/status.tsx";
import { BusyButton } from "../../ui/submit-button.tsx";
import { LessonView } from "../academy/index.ts";
import { DoneMark } from "./done-mark.tsx";
import { findLesson } from "./lesson-place.ts";
import { useCompleteLesson } from "./queries.ts";
import { VideoPlayer } from "./video-player.tsx";

/** The SCORM player and its run-time, fetched only when a SCORM lesson opens (decision 0086). */
const ScormPlayer = lazy(() => import("./scorm-player.tsx"));

/**
 * A text, document, video or workshop lesson: its content, a video playable on the
 * page, and marking it done, by hand or by watching the video to its end; a workshop
 * is marked done by its organisers (decision 0072).
 */
export function LessonStudy({
  page,
  onCourseCompleted,
}: {
  page: LessonPage;
  onCourseCompleted: (progress: ProgressSummary) => void;
}) {
  const { t } = useTranslation();
  const { courseId, lesson } = page;
  const complete = useCompleteLesson(courseId, lesson.lessonId);
  const done = findLesson(page.progress, lesson.lessonId)?.done ?? false;
  const [notice, setNotice] = useState<string | null>(null);
  const [focusDone, setFocusDone] = useState(false);
  const doneMark = useRef<HTMLParagraphElement>(null);
  const videoEnded = useRef(false);

  // The button the person pressed is gone: focus goes to what replaced it.
  useEffect(() => {
    if (focusDone && done) doneMark.current?.focus();
  }, [focusDone, done]);

  const markDone = (byVideo: boolean) => {
    if (complete.isPending) return;
    const wasActive = page.progress.status !== "completed";
    complete.mutate(undefined, {
      onSuccess: (progress) => {
        if (byVideo) setNotice(t("learning.lesson.videoEnded"));
        else setFocusDone(true);
        if (wasActive && progress.status === "completed") onCourseCompleted(progress);
      },
    });
  };

  const onVideoEnded = () => {
    if (videoEnded.current || done) return;
    videoEnded.current = true;
    markDone(true);
  };

  return (
    <>
      {lesson.content.kind === "video" && (
        <VideoPlayer url={lesson.content.url} title={lesson.title} onEnded={onVideoEnded} />
      )}
      {lesson.content.kind === "scorm" && (
        <Suspense fallback={<StatusMessage>{t("learning.lesson.scormLoading")}</StatusMessage>}>
          <ScormPlayer courseId={courseId} lessonId={lesson.lessonId} title={lesson.title} />
        </Suspense>
      )}
      <LessonView courseId={courseId} lesson={lesson} lang={page.progress.language} />
      <StatusMessage>{notice ?? undefined}</StatusMessage>
      <div className="lesson-done">
        {done ? (
          <DoneMark ref={doneMark} />
        ) : lesson.content.kind === "workshop" ? (
          <p>{t("learning.lesson.workshopPending")}</p>
        ) : lesson.content.kind === "scorm" ? (
          <p>{t("learning.lesson.scormPending")}</p>
        ) : (
          <BusyButton busy={complete.isPending} onClick={() => markDone(false)}>
            {t("learning.lesson.markDone")}
          </BusyButton>
        )}
        {complete.isError && (
          <p role="alert" className="field__error">
            {describeRequestError(complete.error, t)}
          </p>
        )}
      </div>
    </>
  );
}
