import type { LearnerLesson } from "@alliance/core/web";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Markdown } from "../../../ui/markdown.tsx";
import { exchangeQueries } from "../../exchange/index.ts";
import { DocumentLink } from "./document-link.tsx";
import { QuizPreview } from "./quiz-preview.tsx";
import { WorkshopEvent } from "./workshop-event.tsx";

/** What LessonView needs: a learner's lesson (an author's, with answers, fits too). */
export type LessonViewData = Pick<LearnerLesson, "lessonId" | "title" | "content" | "citations">;

type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * One lesson's content, without its title (the page or outline shows that):
 * text as Markdown, a video as a link and its transcript, a document as a
 * download, a quiz as a read-only preview, a workshop as its event; then the
 * exchange items it cites.
 * `headingLevel` is the level of the lesson's own headings (the title's + 1).
 */
export function LessonView({
  courseId,
  lesson,
  lang,
  headingLevel = 2,
}: {
  courseId: string;
  lesson: LessonViewData;
  /** The language of the course's content, for assistive technology. */
  lang?: string | undefined;
  headingLevel?: HeadingLevel;
}) {
  const { t } = useTranslation();
  const { content } = lesson;
  return (
    <div className="lesson">
      {content.kind === "text" ? (
        content.body.trim() ? (
          <div lang={lang}>
            <Markdown text={content.body} headingLevel={headingLevel - 1} />
          </div>
        ) : (
          <p className="empty">{t("courses.lesson.noText")}</p>
        )
      ) : content.kind === "video" ? (
        <>
          <p>
            {/^https:\/\//i.test(content.url) ? (
              <a href={content.url} target="_blank" rel="noopener noreferrer">
                {t("courses.lesson.watch", { title: lesson.title })}
              </a>
            ) : (
              t("courses.lesson.noVideo")
            )}
          </p>
          <details>
            <summary>{t("courses.lesson.transcript")}</summary>
            <div lang={lang}>
              <Markdown text={content.transcript} headingLevel={headingLevel - 1} />
            </div>
          </details>
        </>
      ) : content.kind === "document" ? (
        <p>
          {content.attachmentId ? (
            <DocumentLink
              courseId={courseId}
              attachmentId={content.attachmentId}
              fileName={content.fileName}
            />
          ) : (
            t("courses.lesson.noFile", {
              name: content.fileName || t("courses.lesson.document"),
            })
          )}
        </p>
      ) : content.kind === "workshop" ? (
        <WorkshopEvent eventId={content.eventId} />
      ) : content.kind === "scorm" ? (
        <p>{t("courses.lesson.scormIntro")}</p>
      ) : (
        <QuizPreview quiz={content} lang={lang} />
      )}
      <LessonCitations citations={lesson.citations} headingLevel={headingLevel} />
    </div>
  );
}

/** The exchange items a lesson cites, under a "See also" heading of the given level. */
export function LessonCitations({
  citations,
  headingLevel = 2,
}: {
  citations: readonly string[];
  headingLevel?: HeadingLevel;
}) {
  const { t } = useTranslation();
  if (citations.length === 0) return null;
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="lesson__citations">
      <Heading>{t("courses.lesson.seeAlso")}</Heading>
      <ul className="links">
        {citations.map((itemId, index) => (
          <li key={itemId}>
            <CitationLink itemId={itemId} number={index + 1} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A cited exchange item, named by its title once known (shared with the item page's cache). */
function CitationLink({ itemId, number }: { itemId: string; number: number }) {
  const { t } = useTranslation();
  const item = useQuery({ ...exchangeQueries.item(itemId), retry: false, staleTime: 300_000 });
  return (
    <Link to={`/exchange/items/${itemId}`}>
      {item.data?.title ?? t("courses.lesson.citation", { number })}
    </Link>
  );
}
