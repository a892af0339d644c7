import type { ApplicationFormValues } from "./application-form-values.ts";

/**
 * What a visitor typed in the application form, kept in this tab while they
 * sign in or create an account (sessionStorage: gone when the tab closes).
 */
const KEY = "alliance.membership.draft";

export function readDraft(): ApplicationFormValues | null {
  try {
    const saved = sessionStorage.getItem(KEY);
    return saved ? (JSON.parse(saved) as ApplicationFormValues) : null;
  } catch {
    return null;
  }
}

export function saveDraft(values: ApplicationFormValues): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(values));
  } catch {
    // Storage full or refused (private mode): the form still holds the values.
  }
}

export function forgetDraft(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing to forget.
  }
}
