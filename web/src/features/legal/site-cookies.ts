import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from "../../i18n/locale.ts";

/**
 * Every cookie the site sets, as the cookies statement lists them. The browser test
 * tests/e2e/legal-pages.test.ts visits the site signed out and signed in and fails when
 * the cookies it finds are not exactly these: a new cookie must be declared here first.
 */
export const SITE_COOKIES = [
  {
    name: LOCALE_COOKIE,
    /** i18n key of the purpose, under legal.cookies.purpose. */
    purpose: "lang",
    /** How long it lasts, in days. */
    lifetimeDays: LOCALE_COOKIE_MAX_AGE / 86_400,
  },
] as const;
