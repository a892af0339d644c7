import { type EmailTexts, or, paragraph } from "./email-texts.ts";

const someone = "Een lid";

export const nl: EmailTexts = {
  kinds: {
    "item-approved": {
      label: "Uw goedgekeurde bijdragen",
      subject: (p) => `Gepubliceerd: ${p.title}`,
      text: (p) => `Uw bijdrage ‘${p.title}’ is goedgekeurd en staat nu online.`,
    },
    "item-sent-back": {
      label: "Uw bijdragen die zijn teruggestuurd voor aanpassingen",
      subject: (p) => `Aanpassingen gevraagd: ${p.title}`,
      text: (p) =>
        `Een moderator heeft uw bijdrage ‘${p.title}’ teruggestuurd voor aanpassingen.${paragraph(p.comment)}`,
    },
    "event-changed": {
      label: "Wijzigingen in uw evenementen",
      subject: (p) => `Gewijzigd: ${p.title}`,
      text: (p) =>
        `De tijd, de plaats of de link van ‘${p.title}’, waarvoor u bent ingeschreven, is gewijzigd.`,
    },
    "event-cancelled": {
      label: "Geannuleerde evenementen",
      subject: (p) => `Geannuleerd: ${p.title}`,
      text: (p) =>
        `‘${p.title}’, waarvoor u bent ingeschreven, is geannuleerd.${paragraph(p.reason)}`,
    },
    "event-promoted": {
      label: "Plaatsen van de wachtlijst",
      subject: (p) => `U hebt een plaats: ${p.title}`,
      text: (p) => `Er is een plaats vrijgekomen bij ‘${p.title}’: u bent nu ingeschreven.`,
    },
    "application-decided": {
      label: "Besluiten over lidmaatschapsaanvragen",
      subject: (p) => `Uw aanvraag voor ${p.city}`,
      text: (p) =>
        p.decision === "approved"
          ? `De aanvraag van ${p.city} om lid te worden van de alliantie is goedgekeurd. Welkom!`
          : p.decision === "declined"
            ? `De aanvraag van ${p.city} om lid te worden van de alliantie is afgewezen.`
            : `De beheerders hebben meer informatie nodig over de aanvraag van ${p.city}.`,
    },
    "request-message": {
      label: "Berichten in uw uitwisselingsverzoeken",
      subject: (p) => `Nieuw bericht van ${or(p.author, "een lid")}`,
      text: (p) => `${or(p.author, someone)} heeft geschreven in uw uitwisselingsverzoek.`,
    },
    "discussion-answer": {
      label: "Antwoorden op uw vragen",
      subject: (p) => `${or(p.author, someone)} heeft uw vraag beantwoord`,
      text: (p) => `${or(p.author, someone)} heeft uw vraag beantwoord.`,
    },
    "event-reminder": {
      label: "Een evenement waarvoor u bent ingeschreven begint morgen",
      subject: (p) => `Morgen: ${p.title}`,
      text: (p) => `‘${p.title}’, waarvoor u bent ingeschreven, begint binnen een dag.`,
    },
    "course-inactive": {
      label: "Een begonnen cursus die twee weken stilligt",
      subject: (p) => `Ga verder waar u was: ${p.title}`,
      text: (p) =>
        `U hebt twee weken niet aan ‘${p.title}’ gewerkt. Uw voortgang is bewaard: ga verder wanneer het u uitkomt.`,
    },
    "item-review-due": {
      label: "Uw bijdragen die herzien moeten worden",
      subject: (p) => `Graag herzien: ${p.title}`,
      text: (p) =>
        `Uw bijdrage ‘${p.title}’ is al twee jaar niet herzien of bijgewerkt. Controleer of ze nog klopt.`,
    },
    "course-updated": {
      label: "Nieuwe versies van uw cursussen",
      subject: (p) => `Nieuwe versie: ${p.title}`,
      text: (p) =>
        `Er is een nieuwe versie gepubliceerd van ‘${p.title}’, waarvoor u bent ingeschreven.`,
    },
    "saved-search-match": {
      label: "Nieuwe resultaten van uw bewaarde zoekopdrachten",
      subject: (p) => `Nieuw in uw zoekopdracht ‘${p.search}’: ${p.title}`,
      text: (p) =>
        `‘${p.title}’ is net gepubliceerd en past bij uw bewaarde zoekopdracht ‘${p.search}’.`,
    },
  },
  footer: ({ open, unsubscribe, settings }) =>
    `Openen: ${open}\n\nGeen e-mails van deze soort meer: ${unsubscribe}\nAl uw e-mailvoorkeuren: ${settings}`,
  digest: {
    subject: (count) =>
      count === 1
        ? "Uw dagelijkse overzicht: 1 melding"
        : `Uw dagelijkse overzicht: ${count} meldingen`,
    intro: "Dit is er sinds gisteren op het platform gebeurd.",
    open: "Openen",
    stop: (label, url) => `Geen e-mails meer over ‘${label}’: ${url}`,
    settings: (url) => `Al uw e-mailvoorkeuren: ${url}`,
  },
};
