import type { TFunction } from "i18next";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { problemOf } from "../../api/problem.ts";
import { describeRequestError } from "../query-error.tsx";
import { keyed, type Message, text } from "./form-error.ts";

/** How a form explains the API's refusals, beyond what every form does alike. */
export interface ProblemHandling {
  /** A field path the API named in a 400 → the form's field; null to leave it out. */
  fieldOf?: (path: string) => string | null;
  /** The message of a field the API refused (`said`: the API's words); `form.rejected` by default. */
  rejected?: (field: string, path: string, code: string | null, said: string) => Message;
  /** Problem codes (a 409, a 403…) with their message, on a field or on the form. */
  refusals?: Record<string, Message & { field?: string }>;
  /** The sentence for any other failure; `describeRequestError` by default. */
  describe?: (error: unknown) => string;
}

export interface ProblemTarget<Values extends FieldValues> {
  setError: UseFormSetError<Values>;
  setConflict: (stale: boolean) => void;
  /** Moves focus to the first of these fields in the page. */
  focusFirst: (fields: string[]) => void;
}

/**
 * The one place a failed request reaches a form: a 412 shows the stale-edit notice
 * (what was typed stays), the fields a 400 named show their error (focus on the
 * first in the page), a known refusal shows its message, anything else says why
 * it failed (the error summary then takes focus).
 */
export function applyProblem<Values extends FieldValues>(
  form: ProblemTarget<Values>,
  error: unknown,
  t: TFunction,
  handling: ProblemHandling = {},
): void {
  const problem = problemOf(error);
  if (problem.stale) {
    form.setConflict(true);
    return;
  }
  const { fieldOf = (path: string) => path } = handling;
  const fields: string[] = [];
  const onField = (field: string, message: Message) => {
    form.setError(field as Path<Values>, keyed(message));
    fields.push(field);
  };
  for (const [path, said] of Object.entries(problem.fieldErrors)) {
    const field = fieldOf(path);
    if (field === null) continue;
    onField(
      field,
      handling.rejected?.(field, path, problem.code, said) ?? { key: "form.rejected" },
    );
  }
  const refusal = problem.code ? handling.refusals?.[problem.code] : undefined;
  if (refusal?.field) onField(refusal.field, refusal);
  else if (refusal) form.setError("root.server", keyed(refusal));
  else if (fields.length === 0) {
    const sentence = handling.describe?.(error) ?? describeRequestError(error, t);
    form.setError("root.server", text(sentence));
  }
  form.focusFirst(fields);
}
