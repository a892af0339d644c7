import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { ErrorSummary } from "../../ui/error-summary.tsx";
import { TextField } from "../../ui/fields.tsx";
import { Page } from "../../ui/page.tsx";
import { SubmitButton } from "../../ui/submit-button.tsx";
import { type FieldErrors, useForm } from "../../ui/use-form.ts";
import { authErrorKey } from "./auth-errors.ts";
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
    <Page title={t("auth.signUp.title")}>
      <p>{t("auth.signUp.intro")}</p>
      <ErrorSummary errors={form.summary} attempt={form.attempt} />
      <form
        noValidate
        className="form"
        onSubmit={form.handleSubmit({
          validate,
          action,
          describe: (error) => t(authErrorKey("signUp", error)),
        })}
      >
        <TextField
          {...form.field("username")}
          label={t("auth.username")}
          hint={t("auth.signUp.usernameHint")}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
        />
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
        <SubmitButton pending={form.pending} pendingLabel={t("auth.signUp.pending")}>
          {t("auth.signUp.submit")}
        </SubmitButton>
      </form>
      <p>
        <Link to="/sign-in">{t("auth.signUp.haveAccount")}</Link>
      </p>
    </Page>
  );
}

export { SignUpPage as Component };
