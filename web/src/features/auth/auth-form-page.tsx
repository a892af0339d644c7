import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "../../ui/error-summary.tsx";
import { Page } from "../../ui/page.tsx";
import { SubmitButton } from "../../ui/submit-button.tsx";
import type { FieldErrors, useForm } from "../../ui/use-form.ts";
import { type AuthOperation, authErrorKey } from "./auth-errors.ts";

type Values = Record<string, string>;

interface AuthFormPageProps<F extends Values> {
  title: string;
  intro?: string;
  /** Between the intro and the error summary. */
  status?: ReactNode;
  form: ReturnType<typeof useForm<F>>;
  /** Chooses the messages for Cognito's errors. */
  operation: AuthOperation;
  validate: (values: F) => FieldErrors<F>;
  action: (values: F) => Promise<void>;
  submitLabel: string;
  pendingLabel: string;
  /** The form's fields. */
  children: ReactNode;
  /** Below the form: links and other ways on. */
  after?: ReactNode;
}

/** A page of the sign-in journey: one form, its error summary and its submit button. */
export function AuthFormPage<F extends Values>({
  title,
  intro,
  status,
  form,
  operation,
  validate,
  action,
  submitLabel,
  pendingLabel,
  children,
  after,
}: AuthFormPageProps<F>) {
  const { t } = useTranslation();
  return (
    <Page title={title}>
      {intro ? <p>{intro}</p> : null}
      {status}
      <ErrorSummary errors={form.summary} attempt={form.attempt} />
      <form
        noValidate
        className="form"
        onSubmit={form.handleSubmit({
          validate,
          action,
          describe: (error) => t(authErrorKey(operation, error)),
        })}
      >
        {children}
        <SubmitButton pending={form.pending} pendingLabel={pendingLabel}>
          {submitLabel}
        </SubmitButton>
      </form>
      {after}
    </Page>
  );
}
