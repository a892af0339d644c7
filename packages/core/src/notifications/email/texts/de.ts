import { type EmailTexts, or, paragraph } from "./email-texts.ts";

const someone = "Ein Mitglied";

export const de: EmailTexts = {
  kinds: {
    "item-approved": {
      label: "Freigegebene Beiträge",
      subject: (p) => `Veröffentlicht: ${p.title}`,
      text: (p) => `Ihr Beitrag „${p.title}“ wurde freigegeben und ist jetzt veröffentlicht.`,
    },
    "item-sent-back": {
      label: "Zur Überarbeitung zurückgegebene Beiträge",
      subject: (p) => `Änderungen erbeten: ${p.title}`,
      text: (p) =>
        `Die Moderation hat Ihren Beitrag „${p.title}“ zur Überarbeitung zurückgegeben.${paragraph(p.comment)}`,
    },
    "event-changed": {
      label: "Änderungen an Ihren Veranstaltungen",
      subject: (p) => `Geändert: ${p.title}`,
      text: (p) =>
        `Zeit, Ort oder Link von „${p.title}“, wofür Sie angemeldet sind, haben sich geändert.`,
    },
    "event-cancelled": {
      label: "Abgesagte Veranstaltungen",
      subject: (p) => `Abgesagt: ${p.title}`,
      text: (p) => `„${p.title}“, wofür Sie angemeldet sind, wurde abgesagt.${paragraph(p.reason)}`,
    },
    "event-promoted": {
      label: "Plätze von der Warteliste",
      subject: (p) => `Sie haben einen Platz: ${p.title}`,
      text: (p) => `Bei „${p.title}“ ist ein Platz frei geworden: Sie sind jetzt angemeldet.`,
    },
    "application-decided": {
      label: "Entscheidungen über Mitgliedsanträge",
      subject: (p) => `Ihr Antrag für ${p.city}`,
      text: (p) =>
        p.decision === "approved"
          ? `Der Antrag von ${p.city} auf Aufnahme in die Allianz wurde angenommen. Willkommen!`
          : p.decision === "declined"
            ? `Der Antrag von ${p.city} auf Aufnahme in die Allianz wurde abgelehnt.`
            : `Die Administration benötigt weitere Angaben zum Antrag von ${p.city}.`,
    },
    "request-message": {
      label: "Nachrichten in Ihren Austauschanfragen",
      subject: (p) => `Neue Nachricht von ${or(p.author, "einem Mitglied")}`,
      text: (p) => `${or(p.author, someone)} hat in Ihrer Austauschanfrage geschrieben.`,
    },
    "discussion-answer": {
      label: "Antworten auf Ihre Fragen",
      subject: (p) => `${or(p.author, someone)} hat Ihre Frage beantwortet`,
      text: (p) => `${or(p.author, someone)} hat Ihre Frage beantwortet.`,
    },
    "event-reminder": {
      label: "Eine Veranstaltung, für die Sie angemeldet sind, beginnt morgen",
      subject: (p) => `Morgen: ${p.title}`,
      text: (p) => `„${p.title}“, für die Sie angemeldet sind, beginnt in weniger als einem Tag.`,
    },
    "course-inactive": {
      label: "Ein begonnener Kurs, seit zwei Wochen ruhend",
      subject: (p) => `Machen Sie weiter: ${p.title}`,
      text: (p) =>
        `Sie haben seit zwei Wochen nicht an „${p.title}“ gearbeitet. Ihr Fortschritt ist gespeichert: Machen Sie weiter, wann Sie möchten.`,
    },
    "item-review-due": {
      label: "Ihre Beiträge, die geprüft werden sollten",
      subject: (p) => `Bitte prüfen: ${p.title}`,
      text: (p) =>
        `Ihr Beitrag „${p.title}“ wurde seit zwei Jahren weder geprüft noch aktualisiert. Bitte prüfen Sie, ob er noch stimmt.`,
    },
    "course-updated": {
      label: "Neue Versionen Ihrer Kurse",
      subject: (p) => `Neue Version: ${p.title}`,
      text: (p) =>
        `Eine neue Version von „${p.title}“, für den Sie eingeschrieben sind, wurde veröffentlicht.`,
    },
    "saved-search-match": {
      label: "Neue Treffer Ihrer gespeicherten Suchen",
      subject: (p) => `Neu in Ihrer Suche „${p.search}“: ${p.title}`,
      text: (p) =>
        `„${p.title}“ wurde soeben veröffentlicht und passt zu Ihrer gespeicherten Suche „${p.search}“.`,
    },
  },
  footer: ({ open, unsubscribe, settings }) =>
    `Öffnen: ${open}\n\nKeine E-Mails dieser Art mehr: ${unsubscribe}\nAlle Ihre E-Mail-Einstellungen: ${settings}`,
  digest: {
    subject: (count) =>
      count === 1
        ? "Ihre tägliche Zusammenfassung: 1 Benachrichtigung"
        : `Ihre tägliche Zusammenfassung: ${count} Benachrichtigungen`,
    intro: "Das ist seit gestern auf der Plattform geschehen.",
    open: "Öffnen",
    stop: (label, url) => `Keine E-Mails mehr zu „${label}“: ${url}`,
    settings: (url) => `Alle Ihre E-Mail-Einstellungen: ${url}`,
  },
};
