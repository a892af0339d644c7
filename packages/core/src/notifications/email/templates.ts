import type { UiLocale } from "../../taxonomy/locales.ts";
import type { NotificationKind } from "../schemas.ts";

type Params = Readonly<Record<string, string>>;
type Template = { subject: (p: Params) => string; text: (p: Params) => string };
type Catalogue = Record<NotificationKind, Template> & {
  footer: (links: { open: string; unsubscribe: string; settings: string }) => string;
};

const en: Catalogue = {
  "item-approved": {
    subject: (p) => `Published: ${p.title}`,
    text: (p) => `Your exchange item "${p.title}" was approved and is now published.`,
  },
  "item-sent-back": {
    subject: (p) => `Changes requested: ${p.title}`,
    text: (p) =>
      `A moderator sent your exchange item "${p.title}" back for changes.${p.comment ? `\n\n${p.comment}` : ""}`,
  },
  "event-changed": {
    subject: (p) => `Changed: ${p.title}`,
    text: (p) => `The time, place or link of "${p.title}", which you registered for, changed.`,
  },
  "event-cancelled": {
    subject: (p) => `Cancelled: ${p.title}`,
    text: (p) =>
      `"${p.title}", which you registered for, was cancelled.${p.reason ? `\n\n${p.reason}` : ""}`,
  },
  "event-promoted": {
    subject: (p) => `You have a place: ${p.title}`,
    text: (p) => `A place became free at "${p.title}": you are registered now.`,
  },
  "application-decided": {
    subject: (p) => `Your application for ${p.city}`,
    text: (p) =>
      p.decision === "approved"
        ? `The application of ${p.city} to join the alliance was approved. Welcome!`
        : p.decision === "declined"
          ? `The application of ${p.city} to join the alliance was declined.`
          : `The administrators need more information about the application of ${p.city}.`,
  },
  "request-message": {
    subject: (p) => `New message from ${p.author || "a member"}`,
    text: (p) => `${p.author || "A member"} wrote in your exchange request.`,
  },
  "discussion-answer": {
    subject: (p) => `${p.author || "A member"} answered your question`,
    text: (p) => `${p.author || "A member"} answered your question.`,
  },
  "event-reminder": {
    subject: (p) => `Tomorrow: ${p.title}`,
    text: (p) => `"${p.title}", which you registered for, starts within a day.`,
  },
  "course-inactive": {
    subject: (p) => `Pick up where you left off: ${p.title}`,
    text: (p) =>
      `You have not worked on "${p.title}" for two weeks. Your progress is saved: carry on when you are ready.`,
  },
  "item-review-due": {
    subject: (p) => `Please review: ${p.title}`,
    text: (p) =>
      `Your exchange item "${p.title}" has not been reviewed or updated for two years. Please check that it is still accurate.`,
  },
  "course-updated": {
    subject: (p) => `New version: ${p.title}`,
    text: (p) => `A new version of "${p.title}", which you are enrolled in, was published.`,
  },
  "saved-search-match": {
    subject: (p) => `New in your search "${p.search}": ${p.title}`,
    text: (p) => `"${p.title}" was just published and matches your saved search "${p.search}".`,
  },
  footer: ({ open, unsubscribe, settings }) =>
    `Open it: ${open}\n\nStop e-mails of this kind: ${unsubscribe}\nAll your e-mail choices: ${settings}`,
};

const fr: Catalogue = {
  "item-approved": {
    subject: (p) => `Publié : ${p.title}`,
    text: (p) => `Votre contribution « ${p.title} » a été approuvée et est maintenant publiée.`,
  },
  "item-sent-back": {
    subject: (p) => `Modifications demandées : ${p.title}`,
    text: (p) =>
      `Un modérateur vous a renvoyé la contribution « ${p.title} » pour modifications.${p.comment ? `\n\n${p.comment}` : ""}`,
  },
  "event-changed": {
    subject: (p) => `Modifié : ${p.title}`,
    text: (p) =>
      `L'horaire, le lieu ou le lien de « ${p.title} », auquel vous êtes inscrit·e, a changé.`,
  },
  "event-cancelled": {
    subject: (p) => `Annulé : ${p.title}`,
    text: (p) =>
      `« ${p.title} », auquel vous êtes inscrit·e, a été annulé.${p.reason ? `\n\n${p.reason}` : ""}`,
  },
  "event-promoted": {
    subject: (p) => `Vous avez une place : ${p.title}`,
    text: (p) => `Une place s'est libérée pour « ${p.title} » : vous êtes maintenant inscrit·e.`,
  },
  "application-decided": {
    subject: (p) => `Votre candidature pour ${p.city}`,
    text: (p) =>
      p.decision === "approved"
        ? `La candidature de ${p.city} à l'alliance a été acceptée. Bienvenue !`
        : p.decision === "declined"
          ? `La candidature de ${p.city} à l'alliance a été refusée.`
          : `Les administrateurs ont besoin de précisions sur la candidature de ${p.city}.`,
  },
  "request-message": {
    subject: (p) => `Nouveau message de ${p.author || "un membre"}`,
    text: (p) => `${p.author || "Un membre"} a écrit dans votre demande d'échange.`,
  },
  "discussion-answer": {
    subject: (p) => `${p.author || "Un membre"} a répondu à votre question`,
    text: (p) => `${p.author || "Un membre"} a répondu à votre question.`,
  },
  "event-reminder": {
    subject: (p) => `Demain : ${p.title}`,
    text: (p) => `« ${p.title} », auquel vous êtes inscrit·e, commence dans moins d'un jour.`,
  },
  "course-inactive": {
    subject: (p) => `Reprenez là où vous en étiez : ${p.title}`,
    text: (p) =>
      `Vous n'avez pas avancé dans « ${p.title} » depuis deux semaines. Votre progression est enregistrée : reprenez quand vous voulez.`,
  },
  "item-review-due": {
    subject: (p) => `À relire : ${p.title}`,
    text: (p) =>
      `Votre contribution « ${p.title} » n'a été ni relue ni mise à jour depuis deux ans. Merci de vérifier qu'elle est toujours exacte.`,
  },
  "course-updated": {
    subject: (p) => `Nouvelle version : ${p.title}`,
    text: (p) =>
      `Une nouvelle version de « ${p.title} », auquel vous êtes inscrit·e, a été publiée.`,
  },
  "saved-search-match": {
    subject: (p) => `Nouveau dans votre recherche « ${p.search} » : ${p.title}`,
    text: (p) =>
      `« ${p.title} » vient d'être publié et correspond à votre recherche enregistrée « ${p.search} ».`,
  },
  footer: ({ open, unsubscribe, settings }) =>
    `Ouvrir : ${open}\n\nNe plus recevoir ce type d'e-mail : ${unsubscribe}\nTous vos choix d'e-mail : ${settings}`,
};

/** The e-mail catalogues; a language without one yet (DE, NL, DA, SV) gets English. */
const CATALOGUES: Partial<Record<UiLocale, Catalogue>> = { en, fr };
export const EMAIL_LANGUAGES = Object.keys(CATALOGUES) as UiLocale[];

/** The subject and plain text of one notification's e-mail, in the person's language. */
export function renderEmail(
  locale: UiLocale,
  kind: NotificationKind,
  params: Params,
  links: { open: string; unsubscribe: string; settings: string },
): { subject: string; text: string } {
  const catalogue = CATALOGUES[locale] ?? en;
  const template = catalogue[kind];
  return {
    subject: template.subject(params),
    text: `${template.text(params)}\n\n${catalogue.footer(links)}\n`,
  };
}
