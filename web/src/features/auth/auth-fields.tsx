import type { ComponentProps } from "react";
import type { FieldValues } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { FormTextField } from "../../ui/form/index.ts";

type FieldProps<F extends FieldValues> = Omit<ComponentProps<typeof FormTextField<F>>, "label">;

/** The username as Cognito knows it: never auto-capitalised or spell-checked. */
export function UsernameField<F extends FieldValues>(props: FieldProps<F>) {
  const { t } = useTranslation();
  return (
    <FormTextField
      {...props}
      label={t("auth.username")}
      autoComplete="username"
      autoCapitalize="none"
      spellCheck="false"
      required
    />
  );
}

/** A code sent by email; phones offer digits and can fill it from the message. */
export function ConfirmationCodeField<F extends FieldValues>(props: FieldProps<F>) {
  const { t } = useTranslation();
  return (
    <FormTextField
      {...props}
      label={t("auth.code")}
      autoComplete="one-time-code"
      inputMode="numeric"
      spellCheck="false"
      required
    />
  );
}
