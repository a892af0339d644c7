import type { ProgressSummary } from "@alliance/core/web";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCourseLabels } from "../academy/index.ts";
import { CertificateButton, CredentialButton } from "./certificate-button.tsx";
import { ProgressBar } from "./progress-bar.tsx";

/** A course on the learner's page: its title, linking to the course, then `children`. */
function LearningCard({ course, children }: { course: ProgressSummary; children: ReactNode }) {
  return (
    <li className="card learning-card">
      <h3 lang={course.language}>
        <Link to={`/courses/${course.courseId}`}>{course.title}</Link>
      </h3>
      {children}
    </li>
  );
}

/** A course under way: its progress, what is new, when last worked on, where to resume. */
export function InProgressCard({ course }: { course: ProgressSummary }) {
  const { t } = useTranslation();
  const labels = useCourseLabels();
  const lang = course.language;
  return (
    <LearningCard course={course}>
      <ProgressBar progress={course} />
      {course.newLessons > 0 && (
        <p className="learning-card__new">
          {t("learning.mine.newLessons", { count: course.newLessons })}
        </p>
      )}
      <p className="card__meta">
        {t("learning.mine.lastActive", { date: labels.date(course.lastActiveAt) })}
      </p>
      {/* My learning holds no lesson titles: the course title, hidden, tells the links apart. */}
      <p>
        <Link
          className="button"
          to={
            course.nextLessonId
              ? `/learning/${course.courseId}/lessons/${course.nextLessonId}`
              : `/courses/${course.courseId}`
          }
        >
          {t("learning.mine.resume")}
          <span className="visually-hidden">
            {" "}
            <span lang={lang}>{course.title}</span>
          </span>
        </Link>
      </p>
    </LearningCard>
  );
}

/** A course completed: when, and its certificate with the code that verifies it. */
export function CompletedCard({ course }: { course: ProgressSummary }) {
  const { t } = useTranslation();
  const labels = useCourseLabels();
  const lang = course.language;
  return (
    <LearningCard course={course}>
      {course.completedAt && (
        <p>{t("learning.mine.completedOn", { date: labels.date(course.completedAt) })}</p>
      )}
      {course.certificateCode && (
        <>
          <p>
            {t("learning.mine.code")} <code>{course.certificateCode}</code>{" "}
            <Link to={`/verify/${course.certificateCode}`}>{t("learning.mine.verify")}</Link>
          </p>
          <CertificateButton code={course.certificateCode} courseTitle={course.title} lang={lang} />{" "}
          <CredentialButton code={course.certificateCode} courseTitle={course.title} lang={lang} />
        </>
      )}
    </LearningCard>
  );
}
