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
