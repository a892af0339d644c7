import { type EmailTexts, or, paragraph } from "./email-texts.ts";

const someone = "Et medlem";

export const da: EmailTexts = {
  kinds: {
    "item-approved": {
      label: "Dine godkendte bidrag",
      subject: (p) => `Offentliggjort: ${p.title}`,
      text: (p) => `Dit bidrag »${p.title}« er godkendt og er nu offentliggjort.`,
    },
    "item-sent-back": {
      label: "Dine bidrag sendt tilbage til ændringer",
      subject: (p) => `Ændringer ønskes: ${p.title}`,
      text: (p) =>
        `En moderator har sendt dit bidrag »${p.title}« tilbage til ændringer.${paragraph(p.comment)}`,
    },
    "event-changed": {
      label: "Ændringer i dine arrangementer",
      subject: (p) => `Ændret: ${p.title}`,
      text: (p) =>
        `Tidspunktet, stedet eller linket for »${p.title}«, som du er tilmeldt, er ændret.`,
    },
    "event-cancelled": {
      label: "Aflyste arrangementer",
      subject: (p) => `Aflyst: ${p.title}`,
      text: (p) => `»${p.title}«, som du er tilmeldt, er aflyst.${paragraph(p.reason)}`,
    },
    "event-promoted": {
      label: "Pladser fra ventelisten",
      subject: (p) => `Du har fået en plads: ${p.title}`,
      text: (p) => `Der er blevet en plads ledig til »${p.title}«: du er nu tilmeldt.`,
    },
    "application-decided": {
      label: "Afgørelser om medlemsansøgninger",
      subject: (p) => `Jeres ansøgning for ${p.city}`,
      text: (p) =>
        p.decision === "approved"
          ? `Ansøgningen fra ${p.city} om optagelse i alliancen er godkendt. Velkommen!`
          : p.decision === "declined"
            ? `Ansøgningen fra ${p.city} om optagelse i alliancen er afvist.`
            : `Administratorerne har brug for flere oplysninger om ansøgningen fra ${p.city}.`,
    },
    "request-message": {
      label: "Beskeder i dine udvekslingsforespørgsler",
      subject: (p) => `Ny besked fra ${or(p.author, "et medlem")}`,
      text: (p) => `${or(p.author, someone)} har skrevet i din udvekslingsforespørgsel.`,
    },
    "discussion-answer": {
      label: "Svar på dine spørgsmål",
      subject: (p) => `${or(p.author, someone)} har svaret på dit spørgsmål`,
      text: (p) => `${or(p.author, someone)} har svaret på dit spørgsmål.`,
    },
    "event-reminder": {
      label: "Et arrangement, du er tilmeldt, begynder i morgen",
      subject: (p) => `I morgen: ${p.title}`,
      text: (p) => `»${p.title}«, som du er tilmeldt, begynder inden for et døgn.`,
    },
    "course-inactive": {
      label: "Et påbegyndt kursus, der har ligget stille i to uger",
      subject: (p) => `Fortsæt hvor du slap: ${p.title}`,
      text: (p) =>
        `Du har ikke arbejdet med »${p.title}« i to uger. Dine fremskridt er gemt: fortsæt, når det passer dig.`,
    },
    "item-review-due": {
      label: "Dine bidrag, der bør gennemgås",
      subject: (p) => `Gennemgå venligst: ${p.title}`,
      text: (p) =>
        `Dit bidrag »${p.title}« er hverken gennemgået eller opdateret i to år. Kontrollér venligst, at det stadig er korrekt.`,
    },
    "course-updated": {
      label: "Nye versioner af dine kurser",
      subject: (p) => `Ny version: ${p.title}`,
      text: (p) => `En ny version af »${p.title}«, som du er tilmeldt, er udgivet.`,
    },
    "saved-search-match": {
      label: "Nye resultater i dine gemte søgninger",
      subject: (p) => `Nyt i din søgning »${p.search}«: ${p.title}`,
      text: (p) => `»${p.title}« er netop udgivet og passer til din gemte søgning »${p.search}«.`,
    },
  },
  footer: ({ open, unsubscribe, settings }) =>
    `Åbn: ${open}\n\nStop e-mails af denne type: ${unsubscribe}\nAlle dine e-mailvalg: ${settings}`,
  digest: {
    subject: (count) =>
      count === 1
        ? "Dit daglige overblik: 1 notifikation"
        : `Dit daglige overblik: ${count} notifikationer`,
    intro: "Her er, hvad der er sket på platformen siden i går.",
    open: "Åbn",
    stop: (label, url) => `Stop e-mails om »${label}«: ${url}`,
    settings: (url) => `Alle dine e-mailvalg: ${url}`,
  },
};
