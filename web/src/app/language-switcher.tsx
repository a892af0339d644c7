import { UI_LOCALES, type UiLocale } from "@alliance/core/web";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { changeLocale, isUiLocale } from "../i18n/index.ts";

/** The languages in the order of their codes, which is also that of their own names. */
const ORDER = [...UI_LOCALES].sort();

/**
 * The interface language, chosen from a native select (decision 0057): one control
 * however many languages there are, keyboard-usable and announced by every screen
 * reader, each language named in itself and marked with its `lang`.
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const resolved = i18n.resolvedLanguage ?? i18n.language;
  const current: UiLocale = isUiLocale(resolved) ? resolved : "en";
  return (
    <div className="language-switcher">
      <label htmlFor={id} className="language-switcher__label">
        {t("language.label")}
      </label>
      <select
        id={id}
        className="language-switcher__select"
        value={current}
        onChange={(event) => {
          const chosen = event.currentTarget.value;
          if (isUiLocale(chosen) && chosen !== current) void changeLocale(chosen);
        }}
      >
        {ORDER.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {t(`language.names.${locale}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
