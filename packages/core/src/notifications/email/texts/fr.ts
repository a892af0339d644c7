import { type EmailTexts, or, paragraph } from "./email-texts.ts";

const someone = "Un membre";

export const fr: EmailTexts = {
  kinds: {
    "item-approved": {
      label: "Vos contributions approuvées",
      subject: (p) => `Publié : ${p.title}`,
      text: (p) => `Votre contribution « ${p.title} » a été approuvée et est maintenant publiée.`,
    },
    "item-sent-back": {
      label: "Vos contributions renvoyées pour modifications",
      subject: (p) => `Modifications demandées : ${p.title}`,
      text: (p) =>
        `Un modérateur vous a renvoyé la contribution « ${p.title} » pour modifications.${paragraph(p.comment)}`,
    },
    "event-changed": {
      label: "Modifications de vos événements",
      subject: (p) => `Modifié : ${p.title}`,
      text: (p) =>
        `L'horaire, le lieu ou le lien de « ${p.title} », auquel vous êtes inscrit·e, a changé.`,
    },
    "event-cancelled": {
      label: "Événements annulés",
      subject: (p) => `Annulé : ${p.title}`,
      text: (p) =>
        `« ${p.title} », auquel vous êtes inscrit·e, a été annulé.${paragraph(p.reason)}`,
    },
    "event-promoted": {
      label: "Places libérées sur liste d'attente",
      subject: (p) => `Vous avez une place : ${p.title}`,
      text: (p) => `Une place s'est libérée pour « ${p.title} » : vous êtes maintenant inscrit·e.`,
    },
    "application-decided": {
      label: "Décisions sur les candidatures",
      subject: (p) => `Votre candidature pour ${p.city}`,
      text: (p) =>
        p.decision === "approved"
          ? `La candidature de ${p.city} à l'alliance a été acceptée. Bienvenue !`
          : p.decision === "declined"
            ? `La candidature de ${p.city} à l'alliance a été refusée.`
            : `Les administrateurs ont besoin de précisions sur la candidature de ${p.city}.`,
    },
    "request-message": {
      label: "Messages de vos demandes d'échange",
      subject: (p) => `Nouveau message de ${or(p.author, "un membre")}`,
      text: (p) => `${or(p.author, someone)} a écrit dans votre demande d'échange.`,
    },
    "discussion-answer": {
      label: "Réponses à vos questions",
      subject: (p) => `${or(p.author, someone)} a répondu à votre question`,
      text: (p) => `${or(p.author, someone)} a répondu à votre question.`,
    },
    "event-reminder": {
      label: "Un événement auquel vous êtes inscrit·e commence demain",
      subject: (p) => `Demain : ${p.title}`,
      text: (p) => `« ${p.title} », auquel vous êtes inscrit·e, commence dans moins d’un jour.`,
    },
    "course-inactive": {
      label: "Un cours commencé et laissé depuis deux semaines",
      subject: (p) => `Reprenez là où vous en étiez : ${p.title}`,
      text: (p) =>
        `Vous n’avez pas avancé dans « ${p.title} » depuis deux semaines. Votre progression est enregistrée : reprenez quand vous voulez.`,
    },
    "item-review-due": {
      label: "Vos contributions à relire",
      subject: (p) => `À relire : ${p.title}`,
      text: (p) =>
        `Votre contribution « ${p.title} » n’a été ni relue ni mise à jour depuis deux ans. Merci de vérifier qu’elle est toujours exacte.`,
    },
    "course-updated": {
      label: "Nouvelles versions de vos cours",
      subject: (p) => `Nouvelle version : ${p.title}`,
      text: (p) =>
        `Une nouvelle version de « ${p.title} », auquel vous êtes inscrit·e, a été publiée.`,
    },
    "saved-search-match": {
      label: "Nouveautés de vos recherches enregistrées",
      subject: (p) => `Nouveau dans votre recherche « ${p.search} » : ${p.title}`,
      text: (p) =>
        `« ${p.title} » vient d’être publié et correspond à votre recherche enregistrée « ${p.search} ».`,
    },
  },
  footer: ({ open, unsubscribe, settings }) =>
    `Ouvrir : ${open}\n\nNe plus recevoir ce type d'e-mail : ${unsubscribe}\nTous vos choix d'e-mail : ${settings}`,
  digest: {
    subject: (count) =>
      count === 1
        ? "Votre résumé du jour : 1 notification"
        : `Votre résumé du jour : ${count} notifications`,
    intro: "Voici ce qui s'est passé sur la plateforme depuis hier.",
    open: "Ouvrir",
    stop: (label, url) => `Ne plus recevoir d'e-mails « ${label} » : ${url}`,
    settings: (url) => `Tous vos choix d'e-mail : ${url}`,
  },
};
