import type { ComponentProps } from "react";
import { useTranslation } from "react-i18next";
import { TextField } from "../../ui/fields.tsx";

type FieldProps = Omit<ComponentProps<typeof TextField>, "label">;

/** The username as Cognito knows it: never auto-capitalised or spell-checked. */
export function UsernameField(props: FieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      {...props}
      label={t("auth.username")}
      autoComplete="username"
      autoCapitalize="none"
      spellCheck={false}
      required
    />
  );
}

/** A code sent by email; phones offer digits and can fill it from the message. */
export function ConfirmationCodeField(props: FieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      {...props}
      label={t("auth.code")}
      autoComplete="one-time-code"
      inputMode="numeric"
      spellCheck={false}
      required
    />
  );
}
