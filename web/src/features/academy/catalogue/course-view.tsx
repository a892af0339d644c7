import type { PublishedCourse } from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import { HydrationSlice } from "../../../ui/hydration-slices.tsx";
import { Markdown } from "../../../ui/markdown.tsx";
import { CourseOutline, type OutlineModule } from "./course-outline.tsx";
import { useCourseLabels } from "./labels.ts";

/**
 * What CourseView shows: a published course, or a draft shaped like one (a draft
 * has no version number or publication date yet, so those are optional).
 */
export type CourseViewData = Pick<
  PublishedCourse,
  | "courseId"
  | "summary"
  | "description"
  | "objectives"
  | "audience"
  | "language"
  | "level"
  | "durationMinutes"
  | "themes"
  | "trainers"
> & {
  modules: readonly OutlineModule[];
  versionNumber?: number | null;
  publishedAt?: string | null;
};

/**
 * A course's page body under its title (the page's h1): summary, facts, objectives,
 * audience, description and outline. With `showLessons` every lesson's content
 * is shown under its title (the authoring preview); without, titles only.
 */
export function CourseView({
  course,
  showLessons = false,
}: {
  course: CourseViewData;
  showLessons?: boolean;
}) {
  const { t } = useTranslation();
  const labels = useCourseLabels();
  const lang = course.language;
  const published =
    course.versionNumber && course.publishedAt
      ? t("courses.details.versionValue", {
          number: course.versionNumber,
          date: labels.date(course.publishedAt),
        })
      : null;

  return (
    <article className="item course">
      {course.summary && (
        <p className="lead" lang={lang}>
          {course.summary}
        </p>
      )}
      <HydrationSlice>
        <section aria-labelledby="course-details">
          <h2 id="course-details">{t("courses.details.title")}</h2>
          <dl className="details">
            <dt>{t("courses.details.level")}</dt>
            <dd>{labels.level(course.level)}</dd>
            <dt>{t("courses.details.language")}</dt>
            <dd>{labels.language(course.language)}</dd>
            <dt>{t("courses.details.duration")}</dt>
            <dd>{labels.duration(course.durationMinutes) ?? t("courses.details.notGiven")}</dd>
            <dt>{t("courses.details.themes")}</dt>
            <dd>
              {course.themes.length > 0
                ? course.themes.map(labels.theme).join(", ")
                : t("courses.details.notGiven")}
            </dd>
            <dt>{t("courses.details.trainers")}</dt>
            <dd>
              {course.trainers.length > 0
                ? labels.people(course.trainers)
                : t("courses.details.notGiven")}
            </dd>
            {published && (
              <>
                <dt>{t("courses.details.version")}</dt>
                <dd>{published}</dd>
              </>
            )}
          </dl>
        </section>
      </HydrationSlice>
      {course.objectives.length > 0 && (
        <HydrationSlice>
          <section aria-labelledby="course-objectives">
            <h2 id="course-objectives">{t("courses.details.objectives")}</h2>
            <ul lang={lang}>
              {course.objectives.map((objective, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: objectives are plain text and may repeat
                <li key={index}>{objective}</li>
              ))}
            </ul>
          </section>
        </HydrationSlice>
      )}
      {course.audience.trim() && (
        <HydrationSlice>
          <section aria-labelledby="course-audience">
            <h2 id="course-audience">{t("courses.details.audience")}</h2>
            <p lang={lang}>{course.audience}</p>
          </section>
        </HydrationSlice>
      )}
      {course.description.trim() && (
        <HydrationSlice>
          <section aria-labelledby="course-description">
            <h2 id="course-description">{t("courses.details.description")}</h2>
            <div lang={lang}>
              <Markdown text={course.description} />
            </div>
          </section>
        </HydrationSlice>
      )}
      <HydrationSlice>
        <CourseOutline
          courseId={course.courseId}
          modules={course.modules}
          lang={lang}
          showLessons={showLessons}
        />
      </HydrationSlice>
    </article>
  );
}
