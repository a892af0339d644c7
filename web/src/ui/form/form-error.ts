import type { TFunction } from "i18next";
import type { FieldError } from "react-hook-form";

/**
 * A field's error as the kit keeps it: a catalogue key and its values, translated
 * where it is shown (so it follows a change of language), or (`type: "text"`) a
 * sentence already translated, such as why a request failed.
 */
export type FormError = FieldError & { values?: Record<string, number> };

export interface Message {
  key: string;
  values?: Record<string, number>;
}

export function keyed(message: Message): FormError {
  return { type: "key", message: message.key, ...(message.values && { values: message.values }) };
}

export function text(sentence: string): FormError {
  return { type: "text", message: sentence };
}

/** What to show for an error. */
export function errorText(
  error: { type?: string | number; message?: string } | undefined,
  t: TFunction,
): string | undefined {
  if (!error?.message) return undefined;
  if (error.type !== "key") return error.message;
  return t(error.message, (error as FormError).values);
}

/** Every field error of a (nested) errors object, by its dotted path; `root` left out. */
export function fieldErrorsOf(errors: object, prefix = ""): [string, FieldError][] {
  return Object.entries(errors).flatMap(([name, value]): [string, FieldError][] => {
    if (!value || typeof value !== "object" || (!prefix && name === "root")) return [];
    if (name === "ref") return [];
    const path = prefix ? `${prefix}.${name}` : name;
    if (typeof value.message === "string" && typeof value.type === "string") {
      return [[path, value as FieldError]];
    }
    return fieldErrorsOf(value, path);
  });
}
