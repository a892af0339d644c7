import { UI_LOCALES } from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import { changeLocale } from "../i18n/index.ts";

/** One button per interface language, each named in its own language. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  return (
    <fieldset className="language-switcher">
      <legend className="visually-hidden">{t("language.label")}</legend>
      {UI_LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={current === locale}
          className="language-switcher__option"
          onClick={() => {
            if (current !== locale) void changeLocale(locale);
          }}
        >
          {t(`language.names.${locale}`)}
        </button>
      ))}
    </fieldset>
  );
}
