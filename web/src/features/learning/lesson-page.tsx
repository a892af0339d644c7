import type { LessonPage as LessonPageData, ProgressSummary } from "@alliance/core/web";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiError } from "../../api/client.ts";
import { Page } from "../../ui/page.tsx";
import { QueryFallback, StatusMessage } from "../../ui/status.tsx";
import { LessonCitations } from "../academy/index.ts";
import { CertificateButton } from "./certificate-button.tsx";
import { LessonNav } from "./lesson-nav.tsx";
import { LessonOutline } from "./lesson-outline.tsx";
import { lessonPlace } from "./lesson-place.ts";
import { LessonStudy } from "./lesson-study.tsx";
import { ProgressBar } from "./progress-bar.tsx";
import { learningQueries } from "./queries.ts";
import { QuizSection } from "./quiz-section.tsx";

/** A lesson of a course the person follows: study it, mark it done or pass its quiz. */
function LessonPage() {
  const { t } = useTranslation();
  const { courseId = "", lessonId = "" } = useParams();
  const lesson = useQuery(learningQueries.lesson(courseId, lessonId));
  // A malformed id answers 400: for the learner it is the same missing lesson.
  const missing =
    lesson.error instanceof ApiError &&
    (lesson.error.status === 404 || lesson.error.status === 400);

  if (missing) {
    const notEnrolled =
      lesson.error instanceof ApiError && lesson.error.problem.code === "enrolment-not-found";
    return (
      <Page title={t("learning.lesson.notFoundTitle")}>
        <p>{notEnrolled ? t("learning.lesson.notEnrolled") : t("learning.lesson.notFound")}</p>
        <p>
          <Link to={`/courses/${courseId}`}>{t("learning.lesson.toCoursePage")}</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page
      title={lesson.data?.lesson.title ?? t("learning.lesson.title")}
      lang={lesson.data?.progress.language}
    >
      {lesson.data ? (
        // A new lesson starts afresh: no result or announcement carried over.
        <LessonBody key={lessonId} page={lesson.data} />
      ) : (
        <QueryFallback query={lesson} label={t("learning.lesson.loading")} />
      )}
    </Page>
  );
}

function LessonBody({ page }: { page: LessonPageData }) {
  const { t } = useTranslation();
  const { courseId, lesson, progress } = page;
  const lang = progress.language;
  const place = lessonPlace(progress, lesson.lessonId);
  const [completed, setCompleted] = useState<ProgressSummary | null>(null);

  return (
    <>
      <div className="lesson-context">
        <p>
          <Link to={`/courses/${courseId}`}>
            {t("learning.lesson.course")} <span lang={lang}>{page.courseTitle}</span>
          </Link>
        </p>
        <p className="card__meta">
          {t("learning.lesson.module")} <span lang={lang}>{page.moduleTitle}</span>
          {place.number > 0 && (
            <>
              {" · "}
              {t("learning.lesson.place", { number: place.number, total: place.total })}
            </>
          )}
          {lesson.optional && <> · {t("learning.lesson.optional")}</>}
        </p>
      </div>
      {lesson.content.kind === "quiz" ? (
        <>
          <QuizSection page={page} quiz={lesson.content} onCourseCompleted={setCompleted} />
          <LessonCitations citations={lesson.citations} />
        </>
      ) : (
        <LessonStudy page={page} onCourseCompleted={setCompleted} />
      )}
      <StatusMessage>{completed ? t("learning.lesson.courseCompleted") : undefined}</StatusMessage>
      {completed?.certificateCode && (
        <CertificateButton
          code={completed.certificateCode}
          courseTitle={completed.title}
          lang={lang}
        />
      )}
      <LessonNav page={page} />
      <section aria-labelledby="lesson-progress" className="lesson-progress">
        <h2 id="lesson-progress">{t("learning.lesson.progress")}</h2>
        <ProgressBar progress={progress} />
        <LessonOutline progress={progress} currentLessonId={lesson.lessonId} />
      </section>
    </>
  );
}

export { LessonPage as Component };
