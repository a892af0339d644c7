import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { ErrorSummary } from "../../ui/error-summary.tsx";
import { TextField } from "../../ui/fields.tsx";
import { Page } from "../../ui/page.tsx";
import { SubmitButton } from "../../ui/submit-button.tsx";
import { type FieldErrors, useForm } from "../../ui/use-form.ts";
import { authErrorKey } from "./auth-errors.ts";
import { loadAuth } from "./session.ts";

type Fields = { username: string };

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useForm<Fields>({ username: "" });

  const validate = (values: Fields) => {
    const errors: FieldErrors<Fields> = {};
    if (!values.username.trim()) errors.username = t("auth.errors.usernameRequired");
    return errors;
  };

  const action = async ({ username }: Fields) => {
    const auth = await loadAuth();
    const name = username.trim();
    const result = await auth.resetPassword({ username: name });
    const query = `?username=${encodeURIComponent(name)}`;
    if (result.nextStep.resetPasswordStep === "DONE") {
      navigate(`/sign-in${query}`, { state: { flash: "passwordChanged" } });
    } else {
      navigate(`/reset-password${query}`, { state: { flash: "codeSent" } });
    }
  };

  return (
    <Page title={t("auth.forgot.title")}>
      <p>{t("auth.forgot.intro")}</p>
      <ErrorSummary errors={form.summary} attempt={form.attempt} />
      <form
        noValidate
        className="form"
        onSubmit={form.handleSubmit({
          validate,
          action,
          describe: (error) => t(authErrorKey("forgot", error)),
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
        <SubmitButton pending={form.pending} pendingLabel={t("auth.forgot.pending")}>
          {t("auth.forgot.submit")}
        </SubmitButton>
      </form>
      <p>
        <Link to="/reset-password">{t("auth.forgot.haveCode")}</Link>
      </p>
    </Page>
  );
}

export { ForgotPasswordPage as Component };
