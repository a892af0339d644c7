import type { MatchingInput, MatchReason } from "@alliance/core/web";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useLabels } from "../exchange/index.ts";

/**
 * The reasons of a suggestion as one translated sentence: "Also works on youth work
 * and online hate; similar size; speaks French". Lists are joined the way the
 * interface language joins them (Intl.ListFormat).
 */
export function useMatchWords() {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const list = new Intl.ListFormat(locale, { type: "conjunction" });
    // Theme labels are written as titles ("Youth work"); inside a sentence they start lower-case.
    const lower = (label: string) => label.charAt(0).toLocaleLowerCase(locale) + label.slice(1);
    const themes = (values: readonly string[]) =>
      list.format(values.map((value) => lower(t(`exchange.themes.${value}`))));
    const phrase = (reason: MatchReason): string => {
      switch (reason.kind) {
        case "sharedPriorities":
          return t("matching.reasons.sharedPriorities", { themes: themes(reason.themes) });
        case "publishedOn":
          return t("matching.reasons.publishedOn", { themes: themes(reason.themes) });
        case "size":
          return t(
            reason.distance === 0 ? "matching.reasons.sameSize" : "matching.reasons.closeSize",
          );
        case "sameCountry":
          return t("matching.reasons.sameCountry", { country: labels.country(reason.country) });
        case "sameRegion":
          return t("matching.reasons.sameRegion", {
            region: t(`matching.regions.${reason.region}`),
          });
        case "speaks":
          return t("matching.reasons.speaks", {
            languages: list.format(reason.languages.map(labels.language)),
          });
      }
    };
    const sentence = (reasons: readonly MatchReason[]) => {
      const text = reasons.map(phrase).join(t("matching.reasons.separator"));
      return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
    };
    const inputs = (missing: readonly MatchingInput[]) =>
      list.format(missing.map((input) => t(`matching.inputs.${input}`)));
    return { sentence, inputs, themes };
  }, [t, locale, labels]);
}
