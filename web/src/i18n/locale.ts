import { DEFAULT_LOCALE, UI_LOCALES, type UiLocale } from "@alliance/core/web";

/** Where this device remembers the language a person chose. */
export const LOCALE_STORAGE_KEY = "alliance.locale";

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === "string" && (UI_LOCALES as readonly string[]).includes(value);
}

/** The language a person chose on this device, if any (storage may be unavailable). */
export function storedLocale(): UiLocale | null {
  try {
    const value = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    return isUiLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function storeLocale(locale: UiLocale): void {
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Private modes may refuse storage: the choice then lasts for this visit only.
  }
}

/**
 * The first language to show: an explicit choice on this device, else the first of
 * the browser's languages that the interface is translated into, else the default.
 */
export function initialLocale(browserLanguages: readonly string[] = []): UiLocale {
  const stored = storedLocale();
  if (stored) return stored;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split("-")[0];
    if (isUiLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}
