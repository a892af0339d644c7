import type { CourseStats } from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import { percentOf } from "./figures.ts";
import { useFigureFormat } from "./use-figure-format.ts";

/** The course's headline figures, as a list of names and values. */
export function KeyFigures({ stats }: { stats: CourseStats }) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const figures = [
    [t("statistics.figures.enrolled"), format.number(stats.enrolled)],
    [t("statistics.figures.active"), format.number(stats.active30Days)],
    [t("statistics.figures.completed"), format.number(stats.completed)],
    [
      t("statistics.figures.completionRate"),
      format.percent(percentOf(stats.completed, stats.enrolled)),
    ],
  ] as const;
  return (
    <dl className="key-figures">
      {figures.map(([name, value]) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
