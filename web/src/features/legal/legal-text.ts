import { UI_LOCALES, type UiLocale } from "@alliance/core/web";
import type { LegalSettings } from "../../config/legal-settings.ts";

/**
 * A legal page's text in each interface language: Markdown kept beside the page
 * (content/*.md), with the deployment's controller filled in by `fillLegalText`.
 */
export type LegalText = Record<UiLocale, string>;

/** Every legal text, bundled with the legal pages (the server sends a page's text whole). */
const CONTENT = import.meta.glob<string>("./content/*.md", {
  query: "?raw",
  import: "default",
  eager: true,
});

/** A legal page's text in every interface language (`content/<page>.<locale>.md`). */
export function legalText(page: string, content: Record<string, string> = CONTENT): LegalText {
  return Object.fromEntries(
    UI_LOCALES.map((locale) => {
      const text = content[`./content/${page}.${locale}.md`];
      if (text === undefined) throw new Error(`No ${locale} text for the legal page ${page}`);
      return [locale, text];
    }),
  ) as LegalText;
}

/** The placeholder where a page puts a part rendered by React (a table, a list from data). */
export function splitAt(text: string, marker: string): [string, string] {
  const at = text.indexOf(`<!-- ${marker} -->`);
  if (at === -1) return [text, ""];
  return [text.slice(0, at), text.slice(at + `<!-- ${marker} -->`.length)];
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Puts the controller's name, address and contact into a legal text. Without a configured
 * e-mail address, `noContact` (the secretariat, in the reader's language) stands for it.
 */
export function fillLegalText(text: string, settings: LegalSettings, noContact: string): string {
  const contact = settings.contactEmail
    ? `[${settings.contactEmail}](mailto:${settings.contactEmail})`
    : noContact;
  return text
    .replaceAll("{{ControllerName}}", capitalised(settings.controllerName))
    .replaceAll("{{controllerName}}", settings.controllerName)
    .replaceAll(
      "{{controllerAddress}}",
      settings.controllerAddress ? `, ${settings.controllerAddress}` : "",
    )
    .replaceAll("{{contact}}", contact);
}
