import { type ChangeEvent, type FormEvent, useState } from "react";
import type { SummaryError } from "./error-summary.tsx";

type Values = Record<string, string>;
export type FieldErrors<F extends Values> = Partial<Record<keyof F & string, string>>;

/**
 * State of a simple form: what the person typed (never cleared on failure), errors
 * per field and for the whole form, and whether a submission is under way.
 */
export function useForm<F extends Values>(initial: F) {
  const [values, setValues] = useState<F>(initial);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<F>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState(false);

  const fail = (fields: FieldErrors<F>, form: string | null) => {
    setFieldErrors(fields);
    setFormError(form);
    setAttempt((count) => count + 1);
  };

  /** Props for a TextField bound to one value. */
  const field = (name: keyof F & string) => ({
    id: name,
    value: values[name],
    error: fieldErrors[name],
    onChange: (event: ChangeEvent<HTMLInputElement>) =>
      setValues((current) => ({ ...current, [name]: event.target.value })),
  });

  /**
   * Validates, then runs the action; a thrown error becomes the form's error message
   * through `describe`. Submits while one is pending are ignored.
   */
  const handleSubmit =
    (options: {
      validate: (values: F) => FieldErrors<F>;
      action: (values: F) => Promise<void>;
      describe: (error: unknown) => string;
    }) =>
    async (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      if (pending) return;
      const errors = options.validate(values);
      if (Object.keys(errors).length > 0) return fail(errors, null);
      setFieldErrors({});
      setFormError(null);
      setPending(true);
      try {
        await options.action(values);
      } catch (error) {
        fail({}, options.describe(error));
      } finally {
        setPending(false);
      }
    };

  const summary: SummaryError[] = [
    ...Object.entries(fieldErrors).flatMap(([fieldId, message]) =>
      message ? [{ fieldId, message: message as string }] : [],
    ),
    ...(formError ? [{ message: formError }] : []),
  ];

  return { values, setValues, field, handleSubmit, pending, summary, attempt, fail };
}
