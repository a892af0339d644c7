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
      import("./directory.en.json"),
      import("./matching.en.json"),
      import("./discussions.en.json"),
      import("./requests.en.json"),
      import("./legal.en.json"),
      import("./audit.en.json"),
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
      import("./directory.fr.json"),
      import("./matching.fr.json"),
      import("./discussions.fr.json"),
      import("./requests.fr.json"),
      import("./legal.fr.json"),
      import("./audit.fr.json"),
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

/** The settings of every i18next instance: the browser's and each server render's. */
const OPTIONS = {
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: [...UI_LOCALES],
  partialBundledLanguages: true,
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
} as const;

/**
 * Starts i18next in the language of this visit; resolves once its catalogue is loaded.
 * A page rendered by the server passes the language it was rendered in, so that the
 * first render in the browser matches it.
 */
export async function startI18n(
  locale: UiLocale = initialLocale(navigator.languages),
): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({ ...OPTIONS, lng: locale, resources: {} });
  i18next.on("languageChanged", reflectOnDocument);
  await ensureCatalogue(locale);
  reflectOnDocument(locale);
  return i18next;
}

/** An i18next of its own for one server render, so that renders in two languages do not mix. */
export async function i18nFor(locale: UiLocale): Promise<typeof i18next> {
  const { default: translation } = await catalogues[locale]();
  const instance = i18next.createInstance({
    ...OPTIONS,
    lng: locale,
    resources: { [locale]: { translation } },
  });
  await instance.init();
  return instance;
}

/** Switches the interface language and remembers the choice on this device. */
export async function changeLocale(locale: UiLocale): Promise<void> {
  await ensureCatalogue(locale);
  storeLocale(locale);
  await i18next.changeLanguage(locale);
}

export {
  initialLocale,
  isUiLocale,
  storedLocale,
  storeLocale,
} from "./locale.ts";
