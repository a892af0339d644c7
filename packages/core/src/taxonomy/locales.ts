/** Languages the interface is translated into. The first is the fallback. */
export const UI_LOCALES = ["en", "fr", "de", "nl", "da", "sv"] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
export const DEFAULT_LOCALE: UiLocale = "en";

/**
 * Languages that content can be written in (ISO 639-1): the official languages of
 * the Council of Europe's member states most used by member cities.
 */
export const CONTENT_LANGUAGES = [
  "bg",
  "bs",
  "ca",
  "cs",
  "da",
  "de",
  "el",
  "en",
  "es",
  "et",
  "fi",
  "fr",
  "ga",
  "hr",
  "hu",
  "hy",
  "is",
  "it",
  "ka",
  "lb",
  "lt",
  "lv",
  "mk",
  "mt",
  "nl",
  "no",
  "pl",
  "pt",
  "ro",
  "ru",
  "sk",
  "sl",
  "sq",
  "sr",
  "sv",
  "tr",
  "uk",
] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];
