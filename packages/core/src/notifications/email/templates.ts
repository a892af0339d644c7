import type { UiLocale } from "../../taxonomy/locales.ts";
import { NOTIFICATION_KINDS, type NotificationKind } from "../schemas.ts";
import { da } from "./texts/da.ts";
import { de } from "./texts/de.ts";
import type { EmailLinks, EmailTexts, Params } from "./texts/email-texts.ts";
import { en } from "./texts/en.ts";
import { fr } from "./texts/fr.ts";
import { nl } from "./texts/nl.ts";
import { sv } from "./texts/sv.ts";

export type { EmailLinks } from "./texts/email-texts.ts";

/** The e-mail texts of every interface language (decision 0074). */
const CATALOGUES: Record<UiLocale, EmailTexts> = { en, fr, de, nl, da, sv };
export const EMAIL_LANGUAGES = Object.keys(CATALOGUES) as UiLocale[];

export interface RenderedEmail {
  subject: string;
  text: string;
}

/** The subject and plain text of one notification's e-mail, in the person's language. */
export function renderEmail(
  locale: UiLocale,
  kind: NotificationKind,
  params: Params,
  links: EmailLinks,
): RenderedEmail {
  const texts = CATALOGUES[locale] ?? en;
  const template = texts.kinds[kind];
  return {
    subject: template.subject(params),
    text: `${template.text(params)}\n\n${texts.footer(links)}\n`,
  };
}

/** One notification in a digest, with the link to what it is about. */
export interface DigestEntry {
  kind: NotificationKind;
  params: Params;
  open: string;
}

/**
 * A daily digest: the person's notifications grouped by kind (in NOTIFICATION_KINDS'
 * order), each group followed by the link that turns that kind off.
 */
export function renderDigest(
  locale: UiLocale,
  entries: readonly DigestEntry[],
  links: { unsubscribe: Partial<Record<NotificationKind, string>>; settings: string },
): RenderedEmail {
  const texts = CATALOGUES[locale] ?? en;
  const groups = NOTIFICATION_KINDS.flatMap((kind) => {
    const ofKind = entries.filter((entry) => entry.kind === kind);
    if (ofKind.length === 0) return [];
    const template = texts.kinds[kind];
    const lines = ofKind.map(
      (entry) => `- ${template.text(entry.params)}\n  ${texts.digest.open}: ${entry.open}`,
    );
    const stop = links.unsubscribe[kind];
    return [
      [template.label, ...lines, ...(stop ? [texts.digest.stop(template.label, stop)] : [])].join(
        "\n",
      ),
    ];
  });
  return {
    subject: texts.digest.subject(entries.length),
    text: `${texts.digest.intro}\n\n${groups.join("\n\n")}\n\n${texts.digest.settings(links.settings)}\n`,
  };
}
