export * from "./academy.ts";
export * from "./city-profile.ts";
export { COUNTRIES, type Country } from "./countries.ts";
export * from "./exchange.ts";
export {
  CONTENT_LANGUAGES,
  type ContentLanguage,
  DEFAULT_LOCALE,
  UI_LOCALES,
  type UiLocale,
} from "./locales.ts";
export { POSITIONS, type Position } from "./positions.ts";
