import type { LearnerLesson } from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import { useCourseLabels } from "./labels.ts";
import { LessonView, type LessonViewData } from "./lesson-view.tsx";

type OutlineLesson = LessonViewData & Pick<LearnerLesson, "optional">;

export interface OutlineModule {
  moduleId: string;
  title: string;
  lessons: readonly OutlineLesson[];
}

/**
 * The modules in order, each with its lessons: title, kind and whether it is
 * optional. With `showLessons`, each lesson's title is a heading with its content
 * under it. Headings: h2 for the outline, h3 per module, h4 per lesson.
 */
export function CourseOutline({
  courseId,
  modules,
  lang,
  showLessons = false,
}: {
  courseId: string;
  modules: readonly OutlineModule[];
  lang?: string | undefined;
  showLessons?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="course-outline" className="course-outline">
      <h2 id="course-outline">{t("courses.outline.title")}</h2>
      {modules.length === 0 && <p className="empty">{t("courses.outline.empty")}</p>}
      {/* Each module's heading carries its number, so the modules are not a numbered list too. */}
      {modules.map((module, index) => (
        <div key={module.moduleId} className="course-outline__module">
          <h3>
            {t("courses.outline.module", { number: index + 1 })}{" "}
            <span lang={lang}>{module.title}</span>
          </h3>
          {module.lessons.length === 0 ? (
            <p className="empty">{t("courses.outline.emptyModule")}</p>
          ) : (
            <ol className="course-outline__lessons">
              {module.lessons.map((lesson) => (
                <li key={lesson.lessonId}>
                  <LessonEntry
                    courseId={courseId}
                    lesson={lesson}
                    lang={lang}
                    showLesson={showLessons}
                  />
                </li>
              ))}
            </ol>
          )}
        </div>
      ))}
    </section>
  );
}

function LessonEntry({
  courseId,
  lesson,
  lang,
  showLesson,
}: {
  courseId: string;
  lesson: OutlineLesson;
  lang: string | undefined;
  showLesson: boolean;
}) {
  const { t } = useTranslation();
  const labels = useCourseLabels();
  const kind = labels.kind(lesson.content.kind);
  const name = (
    <>
      <span lang={lang}>{lesson.title}</span>
      <span className="card__meta">
        {" "}
        {lesson.optional
          ? t("courses.outline.kindOptional", { kind })
          : t("courses.outline.kind", { kind })}
      </span>
    </>
  );
  if (!showLesson) return name;
  return (
    <>
      <h4>{name}</h4>
      <LessonView courseId={courseId} lesson={lesson} lang={lang} headingLevel={5} />
    </>
  );
}
