import type { UiLocale } from "@alliance/core/web";
import { DEFAULT_LOCALE, UI_LOCALES } from "@alliance/core/web";
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { initialLocale, storeLocale } from "./locale.ts";

/**
 * One catalogue per interface language, each its own chunk: a visitor downloads only
 * the language they read. `satisfies` makes a missing catalogue a type error when a
 * language is added to UI_LOCALES in core.
 */
const catalogues = {
  en: () =>
    merged([
      import("./en.json"),
      import("./courses.en.json"),
      import("./authoring.en.json"),
      import("./learning.en.json"),
      import("./statistics.en.json"),
      import("./account.en.json"),
      import("./membership.en.json"),
      import("./discussions.en.json"),
    ]),
  fr: () =>
    merged([
      import("./fr.json"),
      import("./courses.fr.json"),
      import("./authoring.fr.json"),
      import("./learning.fr.json"),
      import("./statistics.fr.json"),
      import("./account.fr.json"),
      import("./membership.fr.json"),
      import("./discussions.fr.json"),
    ]),
} satisfies Record<UiLocale, () => Promise<{ default: object }>>;

/** A language's catalogue comes in parts (one per area, each with its own top-level keys). */
async function merged(parts: Promise<{ default: object }>[]): Promise<{ default: object }> {
  const loaded = await Promise.all(parts);
  return { default: Object.assign({}, ...loaded.map((part) => part.default)) };
}

async function ensureCatalogue(locale: UiLocale): Promise<void> {
  if (i18next.hasResourceBundle(locale, "translation")) return;
  const { default: resources } = await catalogues[locale]();
  i18next.addResourceBundle(locale, "translation", resources);
}

function reflectOnDocument(locale: string): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = i18next.dir(locale);
}

/** Starts i18next in the language of this visit; resolves once its catalogue is loaded. */
export async function startI18n(): Promise<typeof i18next> {
  const locale = initialLocale(navigator.languages);
  await i18next.use(initReactI18next).init({
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...UI_LOCALES],
    resources: {},
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  i18next.on("languageChanged", reflectOnDocument);
  await ensureCatalogue(locale);
  reflectOnDocument(locale);
  return i18next;
}

/** Switches the interface language and remembers the choice on this device. */
export async function changeLocale(locale: UiLocale): Promise<void> {
  await ensureCatalogue(locale);
  storeLocale(locale);
  await i18next.changeLanguage(locale);
}

export { isUiLocale, storedLocale } from "./locale.ts";
