import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { TextField } from "../../ui/fields.tsx";
import { type FieldErrors, useForm } from "../../ui/use-form.ts";
import { UsernameField } from "./auth-fields.tsx";
import { AuthFormPage } from "./auth-form-page.tsx";
import { PasswordField } from "./password-field.tsx";
import { loadAuth } from "./session.ts";

type Fields = { username: string; email: string; password: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const USERNAME = /^[\p{L}\p{M}\p{N}._@+-]{3,128}$/u;

export function SignUpPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useForm<Fields>({ username: "", email: "", password: "" });

  const validate = (values: Fields) => {
    const errors: FieldErrors<Fields> = {};
    if (!values.username.trim()) errors.username = t("auth.errors.usernameRequired");
    else if (!USERNAME.test(values.username.trim()))
      errors.username = t("auth.errors.usernameInvalid");
    if (!values.email.trim()) errors.email = t("auth.errors.emailRequired");
    else if (!EMAIL.test(values.email.trim())) errors.email = t("auth.errors.emailInvalid");
    if (values.password.length < 8) errors.password = t("auth.errors.passwordTooShort");
    return errors;
  };

  const action = async ({ username, email, password }: Fields) => {
    const auth = await loadAuth();
    const name = username.trim();
    const result = await auth.signUp({
      username: name,
      password,
      options: { userAttributes: { email: email.trim() } },
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
      validate={validate}
      action={action}
      submitLabel={t("auth.signUp.submit")}
      pendingLabel={t("auth.signUp.pending")}
      after={
        <p>
          <Link to="/sign-in">{t("auth.signUp.haveAccount")}</Link>
        </p>
      }
    >
      <UsernameField {...form.field("username")} hint={t("auth.signUp.usernameHint")} />
      <TextField
        {...form.field("email")}
        type="email"
        label={t("auth.email")}
        hint={t("auth.signUp.emailHint")}
        autoComplete="email"
        spellCheck={false}
        required
      />
      <PasswordField
        {...form.field("password")}
        label={t("auth.password")}
        hint={t("auth.passwordHint")}
        autoComplete="new-password"
        required
      />
    </AuthFormPage>
  );
}

export { SignUpPage as Component };
