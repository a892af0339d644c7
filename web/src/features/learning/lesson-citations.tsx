import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { exchangeQueries } from "../exchange/queries.ts";

/**
 * The exchange items a quiz lesson cites, as LessonView lists them for the other
 * kinds of lesson (LessonView shows quizzes read-only, so it is not used for them).
 */
export function LessonCitations({ citations }: { citations: readonly string[] }) {
  const { t } = useTranslation();
  if (citations.length === 0) return null;
  return (
    <div className="lesson__citations">
      <h2>{t("courses.lesson.seeAlso")}</h2>
      <ul className="links">
        {citations.map((itemId, index) => (
          <li key={itemId}>
            <Citation itemId={itemId} number={index + 1} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function Citation({ itemId, number }: { itemId: string; number: number }) {
  const { t } = useTranslation();
  const item = useQuery({ ...exchangeQueries.item(itemId), retry: false, staleTime: 300_000 });
  return (
    <Link to={`/exchange/items/${itemId}`}>
      {item.data?.title ?? t("courses.lesson.citation", { number })}
    </Link>
  );
}
