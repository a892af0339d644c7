import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useRemember } from "./intl-texts.tsx";

const namesByLanguage = new Map<string, Intl.DisplayNames | null>();

/**
 * The browser's name of a code of one kind (region, language) in a language
 * (Intl.DisplayNames), or the code where the browser lacks the data. Each kind and
 * language is built once, on first use: building one reads CLDR data, tens of
 * milliseconds on a phone, which a page that names no country should not pay.
 */
export function displayName(language: string, type: Intl.DisplayNamesType, code: string): string {
  const key = `${type} ${language}`;
  let names = namesByLanguage.get(key);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([language], { type });
    } catch {
      names = null;
    }
    namesByLanguage.set(key, names);
  }
  return names?.of(code) ?? code;
}

/**
 * Names of codes of one kind in the interface language, as `displayName` gives them,
 * each remembered for the page: a page the server rendered hydrates with the server's
 * names and builds no `Intl.DisplayNames` (ui/intl-texts.tsx).
 */
export function useDisplayName(type: Intl.DisplayNamesType): (code: string) => string {
  const { i18n } = useTranslation();
  const remember = useRemember();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(
    () => (code: string) =>
      remember(`${type} ${language} ${code}`, () => displayName(language, type, code)),
    [remember, language, type],
  );
}

/**
 * Country names in the interface language from the browser's own CLDR data
 * (Intl.DisplayNames): correct in every language we add, at no download cost.
 * Falls back to the ISO code where the browser lacks the data.
 */
export function useCountryName(): (code: string) => string {
  return useDisplayName("region");
}
