import { type FieldError, VisibleError } from "../errors.ts";
import type { StoredItem } from "./exchange-item.entity.ts";

/**
 * What a reader needs before an item goes to review. A draft may be saved
 * without these; submitting one without them answers 400 naming each field.
 */
export function assertReadyForReview(item: StoredItem): void {
  const contact = item.contact as { name: string; email: string };
  const missing: FieldError[] = [];
  if (item.summary.length < 20) {
    missing.push({ field: "summary", message: "Write a summary of at least 20 characters" });
  }
  if (item.description.trim().length < 50) {
    missing.push({ field: "description", message: "Describe it in at least 50 characters" });
  }
  if (item.themes.length === 0)
    missing.push({ field: "themes", message: "Choose at least one theme" });
  if (item.languages.length === 0) {
    missing.push({ field: "languages", message: "Say which languages the material is in" });
  }
  if (!contact.name) missing.push({ field: "contact.name", message: "Name a contact person" });
  if (!contact.email) missing.push({ field: "contact.email", message: "Give a contact e-mail" });
  if (missing.length > 0) {
    throw new VisibleError(
      "input",
      "incomplete-item",
      "Complete these fields before submitting for review.",
      missing,
    );
  }
}
