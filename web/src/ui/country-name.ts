import { useMemo } from "react";
import { useTranslation } from "react-i18next";

/**
 * Country names in the interface language from the browser's own CLDR data
 * (Intl.DisplayNames): correct in every language we add, at no download cost.
 * Falls back to the ISO code where the browser lacks the data.
 */
export function useCountryName(): (code: string) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([language], { type: "region" });
    } catch {
      names = undefined;
    }
    return (code: string) => names?.of(code) ?? code;
  }, [language]);
}
