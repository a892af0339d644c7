import { UI_LOCALES } from "../taxonomy/locales.ts";

/**
 * The languages a certificate is worded in: the interface languages. A module of its own,
 * so that the API can choose the language without bundling the renderer (decision 0028).
 */
export const CERTIFICATE_LANGUAGES = UI_LOCALES;
export type CertificateLanguage = (typeof CERTIFICATE_LANGUAGES)[number];

/** The wording of a course's certificate: the course's language if there is one, else English. */
export function certificateLanguage(courseLanguage: string): CertificateLanguage {
  return (CERTIFICATE_LANGUAGES as readonly string[]).includes(courseLanguage)
    ? (courseLanguage as CertificateLanguage)
    : "en";
}
