import { useTranslation } from "react-i18next";
import type { FunnelRow } from "./figures.ts";
import { FiguresTable } from "./figures-table.tsx";
import { ShareCell } from "./share-cell.tsx";
import { useFigureFormat } from "./use-figure-format.ts";

/**
 * The lesson funnel as one table that is also the chart: each row a lesson in
 * course order, how many learners completed it, and that share of those enrolled
 * as text with a bar beside it.
 */
export function LessonFunnel({ rows }: { rows: readonly FunnelRow[] }) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  return (
    <FiguresTable caption={t("statistics.funnel.caption")}>
      <thead>
        <tr>
          <th scope="col">{t("statistics.funnel.lesson")}</th>
          <th scope="col">{t("statistics.funnel.completed")}</th>
          <th scope="col">{t("statistics.funnel.share")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.lessonId}>
            <th scope="row">
              {row.title}
              {row.isQuiz && <span className="card__meta"> {t("statistics.funnel.quiz")}</span>}
              {row.optional && (
                <span className="card__meta"> {t("statistics.funnel.optional")}</span>
              )}
            </th>
            <td className="figures__number">{format.number(row.done)}</td>
            <ShareCell
              part={row.done}
              whole={row.enrolled}
              percent={row.percent}
              width={row.width}
            />
          </tr>
        ))}
      </tbody>
    </FiguresTable>
  );
}
