import { type EmailTexts, or, paragraph } from "./email-texts.ts";

const someone = "En medlem";

export const sv: EmailTexts = {
  kinds: {
    "item-approved": {
      label: "Dina godkända bidrag",
      subject: (p) => `Publicerat: ${p.title}`,
      text: (p) => `Ditt bidrag ”${p.title}” har godkänts och är nu publicerat.`,
    },
    "item-sent-back": {
      label: "Dina bidrag som skickats tillbaka för ändringar",
      subject: (p) => `Ändringar begärs: ${p.title}`,
      text: (p) =>
        `En moderator har skickat tillbaka ditt bidrag ”${p.title}” för ändringar.${paragraph(p.comment)}`,
    },
    "event-changed": {
      label: "Ändringar i dina evenemang",
      subject: (p) => `Ändrat: ${p.title}`,
      text: (p) =>
        `Tiden, platsen eller länken för ”${p.title}”, som du är anmäld till, har ändrats.`,
    },
    "event-cancelled": {
      label: "Inställda evenemang",
      subject: (p) => `Inställt: ${p.title}`,
      text: (p) => `”${p.title}”, som du är anmäld till, har ställts in.${paragraph(p.reason)}`,
    },
    "event-promoted": {
      label: "Platser från väntelistan",
      subject: (p) => `Du har fått en plats: ${p.title}`,
      text: (p) => `En plats har blivit ledig på ”${p.title}”: du är nu anmäld.`,
    },
    "application-decided": {
      label: "Beslut om medlemsansökningar",
      subject: (p) => `Er ansökan för ${p.city}`,
      text: (p) =>
        p.decision === "approved"
          ? `Ansökan från ${p.city} om att gå med i alliansen har godkänts. Välkommen!`
          : p.decision === "declined"
            ? `Ansökan från ${p.city} om att gå med i alliansen har avslagits.`
            : `Administratörerna behöver mer information om ansökan från ${p.city}.`,
    },
    "request-message": {
      label: "Meddelanden i dina utbytesförfrågningar",
      subject: (p) => `Nytt meddelande från ${or(p.author, "en medlem")}`,
      text: (p) => `${or(p.author, someone)} har skrivit i din utbytesförfrågan.`,
    },
    "discussion-answer": {
      label: "Svar på dina frågor",
      subject: (p) => `${or(p.author, someone)} har svarat på din fråga`,
      text: (p) => `${or(p.author, someone)} har svarat på din fråga.`,
    },
    "event-reminder": {
      label: "Ett evenemang du är anmäld till börjar i morgon",
      subject: (p) => `I morgon: ${p.title}`,
      text: (p) => `”${p.title}”, som du är anmäld till, börjar inom ett dygn.`,
    },
    "course-inactive": {
      label: "En påbörjad kurs som legat stilla i två veckor",
      subject: (p) => `Fortsätt där du slutade: ${p.title}`,
      text: (p) =>
        `Du har inte arbetat med ”${p.title}” på två veckor. Dina framsteg är sparade: fortsätt när det passar dig.`,
    },
    "item-review-due": {
      label: "Dina bidrag som bör ses över",
      subject: (p) => `Se gärna över: ${p.title}`,
      text: (p) =>
        `Ditt bidrag ”${p.title}” har varken granskats eller uppdaterats på två år. Kontrollera att det fortfarande stämmer.`,
    },
    "course-updated": {
      label: "Nya versioner av dina kurser",
      subject: (p) => `Ny version: ${p.title}`,
      text: (p) => `En ny version av ”${p.title}”, som du är inskriven i, har publicerats.`,
    },
    "saved-search-match": {
      label: "Nya träffar i dina sparade sökningar",
      subject: (p) => `Nytt i din sökning ”${p.search}”: ${p.title}`,
      text: (p) =>
        `”${p.title}” har just publicerats och matchar din sparade sökning ”${p.search}”.`,
    },
  },
  footer: ({ open, unsubscribe, settings }) =>
    `Öppna: ${open}\n\nSluta ta emot e-post av det här slaget: ${unsubscribe}\nAlla dina e-postval: ${settings}`,
  digest: {
    subject: (count) =>
      count === 1
        ? "Din dagliga sammanfattning: 1 avisering"
        : `Din dagliga sammanfattning: ${count} aviseringar`,
    intro: "Här är vad som har hänt på plattformen sedan i går.",
    open: "Öppna",
    stop: (label, url) => `Sluta ta emot e-post om ”${label}”: ${url}`,
    settings: (url) => `Alla dina e-postval: ${url}`,
  },
};
