import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { catalogues } from "./catalogues.ts";

/** The app's whole catalogues in every interface language, as the browser merges them. */
export const i18n = i18next.createInstance();
await i18n.use(initReactI18next).init({
  lng: "en",
  resources: Object.fromEntries(
    Object.entries(catalogues).map(([locale, translation]) => [locale, { translation }]),
  ),
  interpolation: { escapeValue: false },
});
