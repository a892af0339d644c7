/** Field paths of an item, shared by the form and the item page (no zod here). */

/**
 * The form input of a field path as the API and zod name it: `contact.email` →
 * `contactEmail`, `period.end` → `periodEnd`, `links.0.url` → `links-0-url`,
 * `themes.2` → `themes`.
 */
export function fieldId(path: string): string {
  const parts = path.split(".");
  if (parts[0] === "links" && parts.length === 3) return parts.join("-");
  if (parts[0] === "links") return "links";
  if (parts[0] === "contact" || parts[0] === "period") {
    const [group, name = ""] = parts;
    if (group === "period" && name === "start") return "periodStart";
    if (group === "period") return name === "ongoing" ? "ongoing" : "periodEnd";
    return `contact${name.charAt(0).toUpperCase()}${name.slice(1)}`;
  }
  return parts[0] ?? path;
}

/**
 * The form's field of a field path: the input's id, but a link's inputs are a
 * list's items (`links.0.url`), as the form holds them.
 */
export function fieldName(path: string): string {
  return fieldId(path).replace(/^links-(\d+)-/, "links.$1.");
}

/** The schema path of a form field: `contactEmail` → `contact.email`. */
export function pathOf(field: string): string {
  const nested = /^(contact|period)([A-Z])(\w*)$/.exec(field);
  return nested ? `${nested[1]}.${nested[2]?.toLowerCase()}${nested[3]}` : field;
}

/** The catalogue key of a field's name, for messages that list fields. */
export function fieldLabelKey(path: string): string {
  const id = fieldId(path);
  return `exchange.fields.${id.startsWith("links") ? "links" : id}`;
}

/** What submitting for review needs (the API's readiness check names these fields). */
export const READINESS_FIELDS = [
  "summary",
  "description",
  "themes",
  "languages",
  "contact.name",
  "contact.email",
] as const;
