import type { CourseProgress } from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ProgressLesson } from "./lesson-place.ts";

/**
 * The course's modules and lessons, folded away by default, each lesson a link
 * with its state in words (done, new, optional); the current one is marked.
 */
export function LessonOutline({
  progress,
  currentLessonId,
}: {
  progress: CourseProgress;
  currentLessonId: string;
}) {
  const { t } = useTranslation();
  const lang = progress.language;
  return (
    <details className="lesson-outline">
      <summary>{t("learning.outline.title")}</summary>
      {progress.modules.map((module, index) => (
        <div key={module.moduleId} className="lesson-outline__module">
          <h3>
            {t("learning.outline.module", { number: index + 1 })}{" "}
            <span lang={lang}>{module.title}</span>
          </h3>
          <ol className="lesson-outline__lessons">
            {module.lessons.map((lesson) => (
              <li key={lesson.lessonId} className="lesson-outline__lesson">
                <Link
                  to={`/learning/${progress.courseId}/lessons/${lesson.lessonId}`}
                  aria-current={lesson.lessonId === currentLessonId ? "page" : undefined}
                >
                  <span lang={lang}>{lesson.title}</span>
                </Link>
                <LessonStates lesson={lesson} />
              </li>
            ))}
          </ol>
        </div>
      ))}
    </details>
  );
}

function LessonStates({ lesson }: { lesson: ProgressLesson }) {
  const { t } = useTranslation();
  const states = [
    lesson.done && (
      <span key="done" className="state state--done">
        <span aria-hidden="true">✓ </span>
        {t("learning.outline.done")}
      </span>
    ),
    lesson.isNew && (
      <span key="new" className="state state--new">
        {t("learning.outline.new")}
      </span>
    ),
    lesson.optional && (
      <span key="optional" className="state">
        {t("learning.outline.optional")}
      </span>
    ),
  ].filter(Boolean);
  if (states.length === 0) return null;
  return <span className="lesson-outline__states"> {states}</span>;
}
