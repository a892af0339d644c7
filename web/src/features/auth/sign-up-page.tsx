import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { FormTextField, useSchemaForm } from "../../ui/form/index.ts";
import { UsernameField } from "./auth-fields.tsx";
import { AuthFormPage } from "./auth-form-page.tsx";
import { authMessage, signUpSchema } from "./auth-schemas.ts";
import { PasswordField } from "./password-field.tsx";
import { loadAuth } from "./session.ts";

export function SignUpPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useSchemaForm(
    signUpSchema,
    { username: "", email: "", password: "" },
    { messageOf: authMessage },
  );

  const action = async ({
    username: name,
    email,
    password,
  }: {
    username: string;
    email: string;
    password: string;
  }) => {
    const auth = await loadAuth();
    const result = await auth.signUp({
      username: name,
      password,
      options: { userAttributes: { email } },
    });
    const query = `?username=${encodeURIComponent(name)}`;
    if (result.nextStep.signUpStep === "CONFIRM_SIGN_UP") {
      navigate(`/confirm-sign-up${query}`, { state: { flash: "codeSent" } });
    } else {
      navigate(`/sign-in${query}`, { state: { flash: "accountReady" } });
    }
  };

  return (
    <AuthFormPage
      title={t("auth.signUp.title")}
      intro={t("auth.signUp.intro")}
      form={form}
      operation="signUp"
      action={action}
      submitLabel={t("auth.signUp.submit")}
      pendingLabel={t("auth.signUp.pending")}
      after={
        <p>
          <Link to="/sign-in">{t("auth.signUp.haveAccount")}</Link>
        </p>
      }
    >
      <UsernameField form={form} name="username" hint={t("auth.signUp.usernameHint")} />
      <FormTextField
        form={form}
        name="email"
        type="email"
        label={t("auth.email")}
        hint={t("auth.signUp.emailHint")}
        autoComplete="email"
        spellCheck="false"
        required
      />
      <PasswordField
        form={form}
        name="password"
        label={t("auth.password")}
        hint={t("auth.passwordHint")}
        autoComplete="new-password"
        required
      />
    </AuthFormPage>
  );
}

export { SignUpPage as Component };
