import type { FieldValues } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { ErrorSummary, type SummaryError } from "../error-summary.tsx";
import { errorText, fieldErrorsOf } from "./form-error.ts";
import type { SchemaForm } from "./use-schema-form.ts";

/** Where an element is in the page, for listing errors in the order of the fields. */
function byPosition(a: SummaryError, b: SummaryError): number {
  if (typeof document === "undefined" || !a.fieldId || !b.fieldId) return 0;
  const first = document.getElementById(a.fieldId);
  const second = document.getElementById(b.fieldId);
  if (!first || !second) return 0;
  return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/**
 * The error summary of a kit form: its invalid fields in the order of the page,
 * then the error of the whole form. Focus goes to the first invalid field; the
 * summary takes it only for an error of the whole form.
 */
export function FormErrors<Values extends FieldValues>({ form }: { form: SchemaForm<Values> }) {
  const { t } = useTranslation();
  const { errors } = form.formState;
  const fields = fieldErrorsOf(errors).flatMap(([path, error]) => {
    const message = errorText(error, t);
    return message ? [{ fieldId: form.idOf(path), message }] : [];
  });
  fields.sort(byPosition);
  const whole = errorText(errors.root?.server, t);
  return (
    <ErrorSummary
      errors={[...fields, ...(whole ? [{ message: whole }] : [])]}
      attempt={fields.length === 0 ? errors.root?.server : undefined}
    />
  );
}
