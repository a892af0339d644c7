import type { CourseLevel, LessonKind, Theme } from "@alliance/core/web";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useRemember } from "../../../ui/intl-texts.tsx";
import { useLabels } from "../../exchange/index.ts";
import { formatDuration } from "./duration.ts";

/**
 * Names of a course's facts in the interface language: levels and lesson kinds from
 * the catalogue, themes from the exchange's (the two share one taxonomy), language
 * names, dates, durations and lists from the browser (Intl).
 */
export function useCourseLabels() {
  const { t, i18n } = useTranslation();
  const { language, date, byLabel } = useLabels();
  const remember = useRemember();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    let names: Intl.ListFormat | undefined;
    return {
      language,
      date,
      byLabel,
      level: (level: CourseLevel) => t(`courses.levels.${level}`),
      kind: (kind: LessonKind) => t(`courses.kinds.${kind}`),
      theme: (theme: Theme) => t(`exchange.themes.${theme}`),
      /** The length, or null when the course gives none. */
      duration: (minutes: number) =>
        remember(`duration ${locale} ${minutes}`, () => formatDuration(minutes, locale)),
      people: (people: readonly { displayName: string }[]) => {
        const list = people.map((person) => person.displayName);
        return remember(`people ${locale} ${JSON.stringify(list)}`, () => {
          names ??= new Intl.ListFormat(locale, { type: "conjunction" });
          return names.format(list);
        });
      },
    };
  }, [t, locale, language, date, byLabel, remember]);
}
