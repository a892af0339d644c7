import { CONTENT_LANGUAGES, type ContentLanguage, type FacetName } from "@alliance/core/web";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useCountryName, useDisplayName } from "../../ui/country-name.ts";
import { sortedByLabel, useRemember } from "../../ui/intl-texts.tsx";

/**
 * Names of taxonomy values in the interface language: the exchange's own lists from
 * the catalogue, country and language names from the browser (Intl.DisplayNames).
 */
export function useLabels() {
  const { t, i18n } = useTranslation();
  const country = useCountryName();
  const language = useDisplayName("language");
  const remember = useRemember();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    // Built on first use: a page that shows no date, or hydrates with the server's
    // dates (ui/intl-texts.tsx), does not pay for the formatter.
    let dates: Intl.DateTimeFormat | undefined;
    const facet = (name: FacetName, value: string): string => {
      switch (name) {
        case "kind":
          return t(`exchange.kinds.${value}`);
        case "theme":
          return t(`exchange.themes.${value}`);
        case "targetGroup":
          return t(`exchange.targetGroups.${value}`);
        case "stakeholder":
          return t(`exchange.stakeholders.${value}`);
        case "evidence":
          return t(`exchange.evidence.${value}`);
        case "country":
          return country(value);
        case "language":
          return language(value);
      }
    };
    const date = (iso: string) =>
      remember(`date ${locale} ${iso}`, () => {
        dates ??= new Intl.DateTimeFormat(locale, { dateStyle: "long" });
        return dates.format(new Date(iso));
      });
    /** Options sorted by their labels in the interface language. */
    const byLabel = <T extends { label: string }>(options: readonly T[]) =>
      sortedByLabel(remember, locale, options);
    /** When the work ran, in words: "Since 1 September 2023, ongoing", "From … to …". */
    const period = (value: { start: string | null; end: string | null; ongoing: boolean }) => {
      if (!value.start)
        return value.ongoing ? t("exchange.item.periodOngoing") : t("exchange.item.notGiven");
      const start = date(value.start);
      if (value.ongoing) return t("exchange.item.periodOngoingFrom", { start });
      return value.end
        ? t("exchange.item.periodRange", { start, end: date(value.end) })
        : t("exchange.item.periodFrom", { start });
    };
    return { facet, country, language, date, period, byLabel };
  }, [t, locale, country, language, remember]);
}

/** The content languages as checkbox options, named in the interface language, by name. */
export function useLanguageOptions(): { value: ContentLanguage; label: string }[] {
  const labels = useLabels();
  return useMemo(
    () =>
      labels.byLabel(
        CONTENT_LANGUAGES.map((code) => ({ value: code, label: labels.language(code) })),
      ),
    [labels],
  );
}

/** The later of the last update and the last review: what "freshness" shows. */
export function freshness(item: { updatedAt: string; lastReviewedAt: string | null }) {
  const reviewed = item.lastReviewedAt !== null && item.lastReviewedAt > item.updatedAt;
  return reviewed
    ? { key: "reviewed" as const, at: item.lastReviewedAt as string }
    : { key: "updated" as const, at: item.updatedAt };
}
