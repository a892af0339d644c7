import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { useSchemaForm } from "../../ui/form/index.ts";
import { ConfirmationCodeField, UsernameField } from "./auth-fields.tsx";
import { AuthFormPage } from "./auth-form-page.tsx";
import { authMessage, resetSchema } from "./auth-schemas.ts";
import { PasswordField } from "./password-field.tsx";
import { loadAuth } from "./session.ts";

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const form = useSchemaForm(
    resetSchema,
    { username: search.get("username") ?? "", code: "", password: "" },
    { messageOf: authMessage },
  );

  const action = async ({
    username: name,
    code,
    password,
  }: {
    username: string;
    code: string;
    password: string;
  }) => {
    const auth = await loadAuth();
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
      action={action}
      submitLabel={t("auth.reset.submit")}
      pendingLabel={t("auth.reset.pending")}
    >
      <UsernameField form={form} name="username" />
      <ConfirmationCodeField form={form} name="code" hint={t("auth.reset.codeHint")} />
      <PasswordField
        form={form}
        name="password"
        label={t("auth.newPassword")}
        hint={t("auth.passwordHint")}
        autoComplete="new-password"
        required
      />
    </AuthFormPage>
  );
}

export { ResetPasswordPage as Component };
