import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { ErrorSummary } from "../../ui/error-summary.tsx";
import { TextField } from "../../ui/fields.tsx";
import { Page } from "../../ui/page.tsx";
import { SubmitButton } from "../../ui/submit-button.tsx";
import { type FieldErrors, useForm } from "../../ui/use-form.ts";
import { authErrorKey } from "./auth-errors.ts";
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
    <Page title={t("auth.reset.title")}>
      <p>{t("auth.reset.intro")}</p>
      <ErrorSummary errors={form.summary} attempt={form.attempt} />
      <form
        noValidate
        className="form"
        onSubmit={form.handleSubmit({
          validate,
          action,
          describe: (error) => t(authErrorKey("reset", error)),
        })}
      >
        <TextField
          {...form.field("username")}
          label={t("auth.username")}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
        />
        <TextField
          {...form.field("code")}
          label={t("auth.code")}
          hint={t("auth.reset.codeHint")}
          autoComplete="one-time-code"
          inputMode="numeric"
          spellCheck={false}
          required
        />
        <PasswordField
          {...form.field("password")}
          label={t("auth.newPassword")}
          hint={t("auth.passwordHint")}
          autoComplete="new-password"
          required
        />
        <SubmitButton pending={form.pending} pendingLabel={t("auth.reset.pending")}>
          {t("auth.reset.submit")}
        </SubmitButton>
      </form>
    </Page>
  );
}

export { ResetPasswordPage as Component };
