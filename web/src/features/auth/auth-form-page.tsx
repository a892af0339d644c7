import type { ReactNode } from "react";
import type { FieldValues } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { FormErrors, type SchemaForm } from "../../ui/form/index.ts";
import { Page } from "../../ui/page.tsx";
import { SubmitButton } from "../../ui/submit-button.tsx";
import { type AuthOperation, authErrorKey } from "./auth-errors.ts";

interface AuthFormPageProps<F extends FieldValues> {
  title: string;
  intro?: string;
  /** Between the intro and the error summary. */
  status?: ReactNode;
  form: SchemaForm<F>;
  /** Chooses the messages for Cognito's errors. */
  operation: AuthOperation;
  /** Runs with the checked values; what it throws is explained with Cognito's words. */
  action: (values: F) => Promise<void>;
  submitLabel: string;
  pendingLabel: string;
  /** The form's fields. */
  children: ReactNode;
  /** Below the form: links and other ways on. */
  after?: ReactNode;
}

/** A page of the sign-in journey: one form, its error summary and its submit button. */
export function AuthFormPage<F extends FieldValues>({
  title,
  intro,
  status,
  form,
  operation,
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
      <FormErrors form={form} />
      <form
        noValidate
        className="form"
        onSubmit={form.onSubmit((values) => action(values as F), {
          describe: (error) => t(authErrorKey(operation, error)),
        })}
      >
        {children}
        <SubmitButton pending={form.formState.isSubmitting} pendingLabel={pendingLabel}>
          {submitLabel}
        </SubmitButton>
      </form>
      {after}
    </Page>
  );
}
