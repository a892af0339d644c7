import { ApiError } from "../../../api/client.ts";

/** A failed check, as a message key and its values, to be translated by the page. */
export interface FieldErrorKey {
  key: string;
  values?: Record<string, number>;
}

/** The field paths of a 400 problem+json answer (`content.questions.0.options`), if any. */
export function rejectedFields(error: unknown): string[] | null {
  if (!(error instanceof ApiError) || error.status !== 400) return null;
  const fields = (error.problem.errors ?? []).map((entry) => entry.field);
  return fields.length > 0 ? fields : null;
}

/** A save met a version changed elsewhere: the page offers to reload. */
export function isStale(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}

/** The problem's code (`invalid-status`, `empty-course`, …), or null for other failures. */
export function problemCode(error: unknown): string | null {
  return error instanceof ApiError ? error.problem.code : null;
}

/** Errors per input from a 400: `toId` names the input of each path, `toError` its message. */
export function fieldErrorsOf(
  paths: readonly string[],
  toId: (path: string) => string,
  toError: (id: string, path: string) => FieldErrorKey,
): Record<string, FieldErrorKey> {
  const errors: Record<string, FieldErrorKey> = {};
  for (const path of paths) {
    const id = toId(path);
    errors[id] ??= toError(id, path);
  }
  return errors;
}
