import type { NotificationKind } from "../../schemas.ts";

/** The strings a notification's message is made with (titles, names, a decision). */
export type Params = Readonly<Record<string, string>>;

/** One kind's e-mail: its name in a digest and in settings, its subject and its message. */
export interface KindTexts {
  label: string;
  subject: (p: Params) => string;
  text: (p: Params) => string;
}

/** The links every e-mail carries, all absolute addresses of the web app. */
export interface EmailLinks {
  /** The item, event or conversation the notification is about. */
  open: string;
  /** The web page that turns this kind off for this person (one click, no sign-in). */
  unsubscribe: string;
  /** The person's e-mail choices. */
  settings: string;
}

/**
 * Every text of the notification e-mails in one interface language: plain text
 * (decision 0074), so a translation is only strings and the functions that place
 * the notification's values in them.
 */
export interface EmailTexts {
  kinds: Record<NotificationKind, KindTexts>;
  /** Below one notification's message. */
  footer: (links: EmailLinks) => string;
  digest: {
    subject: (count: number) => string;
    intro: string;
    /** Before a notification's link in the digest. */
    open: string;
    /** Below one kind's notifications: turn off this kind. */
    stop: (label: string, url: string) => string;
    settings: (url: string) => string;
  };
}

/** `value`, or `fallback` when the notification has none (an author who left no name). */
export const or = (value: string | undefined, fallback: string) => (value ? value : fallback);

/** A free text the sender added (a moderator's comment, an organiser's reason), as its own paragraph. */
export const paragraph = (value: string | undefined) => (value ? `\n\n${value}` : "");
