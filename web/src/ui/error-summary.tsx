import { type MouseEvent, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

export interface SummaryError {
  /** The id of the field to jump to; absent for an error of the whole form. */
  fieldId?: string;
  message: string;
}

/**
 * The errors of a submitted form, listed at its top; an alert, so the list is read
 * out at once, and each entry leads to its field. It takes focus each time
 * `attempt` changes to a truthy value (a count of failed submits, or the error of
 * the whole form); forms of the kit give it one only when no field is invalid, as
 * focus then goes to the first invalid field.
 */
export function ErrorSummary({ errors, attempt }: { errors: SummaryError[]; attempt: unknown }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus on each new failed attempt only
  useEffect(() => {
    if (attempt && errors.length > 0) box.current?.focus();
  }, [attempt]);

  if (errors.length === 0) return null;

  const jump = (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.scrollIntoView({ block: "center" });
  };

  return (
    <div ref={box} className="error-summary" tabIndex={-1}>
      <div role="alert">
        <h2 id="error-summary-title">{t("form.errorSummary")}</h2>
        <ul>
          {errors.map((error) => (
            <li key={`${error.fieldId ?? "form"}:${error.message}`}>
              {error.fieldId ? (
                <a href={`#${error.fieldId}`} onClick={(event) => jump(event, error.fieldId ?? "")}>
                  {error.message}
                </a>
              ) : (
                error.message
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
