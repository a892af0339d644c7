import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { formatFigure } from "./figures.ts";

/** Counts, percentages and "n of m" shares written in the interface language. */
export function useFigureFormat() {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const number = (value: number) => formatFigure(value, locale);
    return {
      number,
      percent: (value: number) => t("statistics.percent", { value: number(value) }),
      share: (part: number, whole: number, percent: number) =>
        t("statistics.share", {
          part: number(part),
          whole: number(whole),
          percent: number(percent),
        }),
    };
  }, [t, locale]);
}
