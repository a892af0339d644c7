import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { type FieldErrors, useForm } from "../../ui/use-form.ts";
import { ConfirmationCodeField, UsernameField } from "./auth-fields.tsx";
import { AuthFormPage } from "./auth-form-page.tsx";
import { PasswordField } from "./password-field.tsx";
import { loadAuth } from "./session.ts";

type Fields = { username: string; code: string; password: string };

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const form = useForm<Fields>({ username: search.get("username") ?? "", code: "", password: "" });

  const validate = (values: Fields) => {
    const errors: FieldErrors<Fields> = {};
    if (!values.username.trim()) errors.username = t("auth.errors.usernameRequired");
    if (!values.code.trim()) errors.code = t("auth.errors.codeRequired");
    if (values.password.length < 8) errors.password = t("auth.errors.passwordTooShort");
    return errors;
  };

  const action = async ({ username, code, password }: Fields) => {
    const auth = await loadAuth();
    const name = username.trim();
    await auth.confirmResetPassword({
      username: name,
      confirmationCode: code.replace(/\s+/g, ""),
      newPassword: password,
    });
    navigate(`/sign-in?username=${encodeURIComponent(name)}`, {
      state: { flash: "passwordChanged" },
    });
  };

  return (
    <AuthFormPage
      title={t("auth.reset.title")}
      intro={t("auth.reset.intro")}
      form={form}
      operation="reset"
      validate={validate}
      action={action}
      submitLabel={t("auth.reset.submit")}
      pendingLabel={t("auth.reset.pending")}
    >
      <UsernameField {...form.field("username")} />
      <ConfirmationCodeField {...form.field("code")} hint={t("auth.reset.codeHint")} />
      <PasswordField
        {...form.field("password")}
        label={t("auth.newPassword")}
        hint={t("auth.passwordHint")}
        autoComplete="new-password"
        required
      />
    </AuthFormPage>
  );
}

export { ResetPasswordPage as Component };
