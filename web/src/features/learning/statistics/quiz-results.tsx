import { useTranslation } from "react-i18next";
import type { QuizRow } from "./figures.ts";
import { FiguresTable } from "./figures-table.tsx";
import { ShareCell } from "./share-cell.tsx";
import { useFigureFormat } from "./use-figure-format.ts";

/** Each quiz: how many learners tried it, how many of them passed, attempts per learner. */
export function QuizResults({ rows }: { rows: readonly QuizRow[] }) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  return (
    <FiguresTable caption={t("statistics.quizzes.caption")}>
      <thead>
        <tr>
          <th scope="col">{t("statistics.quizzes.quiz")}</th>
          <th scope="col">{t("statistics.quizzes.tried")}</th>
          <th scope="col">{t("statistics.quizzes.passRate")}</th>
          <th scope="col">{t("statistics.quizzes.averageAttempts")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.lessonId}>
            <th scope="row">{row.title}</th>
            <td className="figures__number">{format.number(row.attempters)}</td>
            <ShareCell
              part={row.passes}
              whole={row.attempters}
              percent={row.passRate}
              width={row.width}
            />
            <td>
              {row.averageAttempts === null
                ? t("statistics.quizzes.notTried")
                : format.number(row.averageAttempts)}
            </td>
          </tr>
        ))}
      </tbody>
    </FiguresTable>
  );
}
