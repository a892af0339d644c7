import type { ItemCreate } from "../exchange/schemas.ts";
import type { RequestItem } from "./exchange-request.entity.ts";
import type { RequestKind } from "./schemas.ts";

const KIND_NAMES: Record<RequestKind, string> = {
  call: "A call",
  "study-visit": "A study visit",
  mentoring: "Mentoring",
  material: "Shared material",
};

const clip = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

/**
 * The "experience" draft a completed request turns into (pure): title, summary,
 * description and theme from the request and its outcome, for the city of
 * `cityId` (either side). Its author then edits it and sends it to review.
 */
export function experienceDraft(request: RequestItem, cityId: string): ItemCreate {
  const other = cityId === request.fromCityId ? request.toCityName : request.fromCityName;
  const theme = request.theme.replaceAll("-", " ");
  const outcome = request.outcome;
  const date = request.agreedDate ?? request.proposedDate ?? request.preferredDates[0];
  return {
    kind: "experience",
    title: clip(`${KIND_NAMES[request.kind]} with ${other} on ${theme}`, 160),
    summary: clip(outcome?.summary ?? request.message, 600),
    description: [
      `## What we asked`,
      "",
      request.message,
      "",
      "## What happened",
      "",
      outcome?.summary ?? "",
      "",
      `- Useful: ${outcome?.useful ? "yes" : "no"}`,
      `- Follow-up planned: ${outcome?.followUp ? "yes" : "no"}`,
    ].join("\n"),
    themes: [request.theme],
    outcomes: outcome?.summary ?? "",
    ...(date && {
      period: { start: date.from, end: date.to ?? date.from, ongoing: false },
    }),
  };
}
