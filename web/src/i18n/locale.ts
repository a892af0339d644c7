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

/**
 * The cookie that tells the server the language chosen on this device, so that it
 * renders pages in it (the server cannot read local storage).
 */
export const LOCALE_COOKIE = "lang";

/** How long the cookie lasts, in seconds (a year); the cookies statement says so. */
export const LOCALE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

/** Remembers the choice on this device: in storage for the app, in a cookie for the server. */
export function storeLocale(locale: UiLocale): void {
  if (typeof document !== "undefined") {
    // biome-ignore lint/suspicious/noDocumentCookie: one fixed cookie; the Cookie Store API is not in every browser the site supports
    document.cookie = `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${LOCALE_COOKIE_MAX_AGE}; SameSite=Lax`;
  }
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
  return storedLocale() ?? firstSpoken(browserLanguages) ?? DEFAULT_LOCALE;
}

/** The first of these language tags (`fr-BE`, `en`) that the interface is translated into. */
export function firstSpoken(languages: readonly string[]): UiLocale | null {
  for (const tag of languages) {
    const base = tag.trim().toLowerCase().split("-")[0];
    if (isUiLocale(base)) return base;
  }
  return null;
}
