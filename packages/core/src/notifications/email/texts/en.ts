import { type EmailTexts, or, paragraph } from "./email-texts.ts";

const someone = "A member";

export const en: EmailTexts = {
  kinds: {
    "item-approved": {
      label: "Your exchange items approved",
      subject: (p) => `Published: ${p.title}`,
      text: (p) => `Your exchange item "${p.title}" was approved and is now published.`,
    },
    "item-sent-back": {
      label: "Your exchange items sent back for changes",
      subject: (p) => `Changes requested: ${p.title}`,
      text: (p) =>
        `A moderator sent your exchange item "${p.title}" back for changes.${paragraph(p.comment)}`,
    },
    "event-changed": {
      label: "Changes to your events",
      subject: (p) => `Changed: ${p.title}`,
      text: (p) => `The time, place or link of "${p.title}", which you registered for, changed.`,
    },
    "event-cancelled": {
      label: "Cancelled events",
      subject: (p) => `Cancelled: ${p.title}`,
      text: (p) => `"${p.title}", which you registered for, was cancelled.${paragraph(p.reason)}`,
    },
    "event-promoted": {
      label: "Places from the waiting list",
      subject: (p) => `You have a place: ${p.title}`,
      text: (p) => `A place became free at "${p.title}": you are registered now.`,
    },
    "application-decided": {
      label: "Decisions on membership applications",
      subject: (p) => `Your application for ${p.city}`,
      text: (p) =>
        p.decision === "approved"
          ? `The application of ${p.city} to join the alliance was approved. Welcome!`
          : p.decision === "declined"
            ? `The application of ${p.city} to join the alliance was declined.`
            : `The administrators need more information about the application of ${p.city}.`,
    },
    "request-message": {
      label: "Messages in your exchange requests",
      subject: (p) => `New message from ${or(p.author, "a member")}`,
      text: (p) => `${or(p.author, someone)} wrote in your exchange request.`,
    },
    "discussion-answer": {
      label: "Answers to your questions",
      subject: (p) => `${or(p.author, someone)} answered your question`,
      text: (p) => `${or(p.author, someone)} answered your question.`,
    },
    "event-reminder": {
      label: "An event you registered for starts tomorrow",
      subject: (p) => `Tomorrow: ${p.title}`,
      text: (p) => `"${p.title}", which you registered for, starts within a day.`,
    },
    "course-inactive": {
      label: "A course you started and left for two weeks",
      subject: (p) => `Pick up where you left off: ${p.title}`,
      text: (p) =>
        `You have not worked on "${p.title}" for two weeks. Your progress is saved: carry on when you are ready.`,
    },
    "item-review-due": {
      label: "Your exchange items due for review",
      subject: (p) => `Please review: ${p.title}`,
      text: (p) =>
        `Your exchange item "${p.title}" has not been reviewed or updated for two years. Please check that it is still accurate.`,
    },
    "course-updated": {
      label: "New versions of your courses",
      subject: (p) => `New version: ${p.title}`,
      text: (p) => `A new version of "${p.title}", which you are enrolled in, was published.`,
    },
    "saved-search-match": {
      label: "New items matching your saved searches",
      subject: (p) => `New in your search "${p.search}": ${p.title}`,
      text: (p) => `"${p.title}" was just published and matches your saved search "${p.search}".`,
    },
  },
  footer: ({ open, unsubscribe, settings }) =>
    `Open it: ${open}\n\nStop e-mails of this kind: ${unsubscribe}\nAll your e-mail choices: ${settings}`,
  digest: {
    subject: (count) =>
      count === 1
        ? "Your daily summary: 1 notification"
        : `Your daily summary: ${count} notifications`,
    intro: "Here is what happened on the platform since yesterday.",
    open: "Open it",
    stop: (label, url) => `Stop e-mails about "${label}": ${url}`,
    settings: (url) => `All your e-mail choices: ${url}`,
  },
};
