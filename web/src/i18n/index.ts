import type { UiLocale } from "@alliance/core/web";
import { DEFAULT_LOCALE, UI_LOCALES } from "@alliance/core/web";
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { initialLocale, storeLocale } from "./locale.ts";

/**
 * Every catalogue file (en.json, and one per area such as courses.fr.json), each its
 * own chunk: a visitor downloads only the language they read. A language's catalogue is its files, found by
 * name, so adding a language is adding its files; the catalogue test checks that every
 * language in UI_LOCALES has every key of English.
 */
const files = import.meta.glob<{ default: object }>("./*.json");

/** The files of one language: `<locale>.json` and every `<area>.<locale>.json`. */
export function catalogueFiles<T>(all: Record<string, T>, locale: UiLocale): T[] {
  return Object.entries(all)
    .filter(([path]) => new RegExp(`(^|/|\\.)${locale}\\.json$`).test(path))
    .map(([, file]) => file);
}

const catalogues = Object.fromEntries(
  UI_LOCALES.map((locale) => [
    locale,
    () => merged(catalogueFiles(files, locale).map((load) => load())),
  ]),
) as Record<UiLocale, () => Promise<{ default: object }>>;

/** A language's catalogue comes in parts (one per area, each with its own top-level keys). */
async function merged(parts: Promise<{ default: object }>[]): Promise<{ default: object }> {
  const loaded = await Promise.all(parts);
  return { default: Object.assign({}, ...loaded.map((part) => part.default)) };
}

async function ensureCatalogue(locale: UiLocale): Promise<void> {
  if (i18next.hasResourceBundle(locale, "translation")) return;
  const { default: resources } = await catalogues[locale]();
  // Not copied (i18next's default deep-copies the whole catalogue through JSON, about
  // 100 ms of a phone's start): the bundle is a fresh object over the files' modules,
  // which i18next only reads (decision 0108).
  i18next.addResourceBundle(locale, "translation", resources, false, false, {
    silent: false,
    skipCopy: true,
  });
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
