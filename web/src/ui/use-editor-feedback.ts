import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { SummaryError } from "./error-summary.tsx";
import { describeRequestError } from "./query-error.tsx";

/** A failed check, as a message key and its values, to be translated by the page. */
export interface EditorFieldError {
  key: string;
  values?: Record<string, number>;
}

/**
 * What an editor of a versioned record shows besides the values typed: errors per
 * input and for the whole form (`attempt` counts failures, so ErrorSummary takes
 * focus), and a save met a version changed elsewhere (`conflict`, a 412) that the
 * person resolves by reloading the latest version. Typed values are the editor's.
 */
export function useEditorFeedback<Id extends string>() {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Partial<Record<Id, EditorFieldError>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);

  const fail = (fieldErrors: Partial<Record<Id, EditorFieldError>>, message: string | null) => {
    setErrors(fieldErrors);
    setFormError(message);
    setAttempt((count) => count + 1);
  };

  /** Before a save: no errors shown while it runs. */
  const clearErrors = () => {
    setErrors({});
    setFormError(null);
  };

  /** The editor starts again from a version of the record: no errors, no conflict. */
  const settle = () => {
    clearErrors();
    setConflict(false);
  };

  /**
   * Fetches the latest version and hands it to `adopt`; once at a time. A failure
   * is the form's error, and the errors shown stay.
   */
  const reload = async <T>(latest: () => Promise<T>, adopt: (record: T) => void) => {
    if (reloading) return;
    setReloading(true);
    try {
      adopt(await latest());
    } catch (error) {
      fail(errors, describeRequestError(error, t));
    } finally {
      setReloading(false);
    }
  };

  const message = (id: Id) => {
    const error = errors[id];
    return error ? t(error.key, error.values) : undefined;
  };

  /** The errors for ErrorSummary: those of `ids`, in that order, then the form's. */
  const summary = (ids: readonly Id[]): SummaryError[] => [
    ...ids.flatMap((id) => {
      const text = message(id);
      return text ? [{ fieldId: id, message: text }] : [];
    }),
    ...(formError ? [{ message: formError }] : []),
  ];

  return {
    errors,
    setErrors,
    fail,
    clearErrors,
    settle,
    message,
    summary,
    attempt,
    conflict,
    setConflict,
    reloading,
    reload,
  };
}
