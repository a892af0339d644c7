import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { ErrorSummary } from "../../ui/error-summary.tsx";
import { TextField } from "../../ui/fields.tsx";
import { Page } from "../../ui/page.tsx";
import { StatusMessage } from "../../ui/status.tsx";
import { SubmitButton } from "../../ui/submit-button.tsx";
import { type FieldErrors, useForm } from "../../ui/use-form.ts";
import { authErrorKey } from "./auth-errors.ts";
import { loadAuth } from "./session.ts";

type Fields = { username: string; code: string };

export function ConfirmSignUpPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const form = useForm<Fields>({ username: search.get("username") ?? "", code: "" });
  const [resent, setResent] = useState<string | undefined>();
  const [resending, setResending] = useState(false);

  const validate = (values: Fields) => {
    const errors: FieldErrors<Fields> = {};
    if (!values.username.trim()) errors.username = t("auth.errors.usernameRequired");
    if (!values.code.trim()) errors.code = t("auth.errors.codeRequired");
    return errors;
  };

  const action = async ({ username, code }: Fields) => {
    const auth = await loadAuth();
    const name = username.trim();
    await auth.confirmSignUp({ username: name, confirmationCode: code.replace(/\s+/g, "") });
    navigate(`/sign-in?username=${encodeURIComponent(name)}`, { state: { flash: "confirmed" } });
  };

  const resend = async () => {
    const username = form.values.username.trim();
    if (resending) return;
    if (!username) return form.fail({ username: t("auth.errors.usernameRequired") }, null);
    setResending(true);
    setResent(undefined);
    try {
      const auth = await loadAuth();
      await auth.resendSignUpCode({ username });
      setResent(t("auth.confirm.resent"));
    } catch (error) {
      form.fail({}, t(authErrorKey("resend", error)));
    } finally {
      setResending(false);
    }
  };

  return (
    <Page title={t("auth.confirm.title")}>
      <p>{t("auth.confirm.intro")}</p>
      <StatusMessage>{resent}</StatusMessage>
      <ErrorSummary errors={form.summary} attempt={form.attempt} />
      <form
        noValidate
        className="form"
        onSubmit={form.handleSubmit({
          validate,
          action,
          describe: (error) => t(authErrorKey("confirm", error)),
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
          hint={t("auth.confirm.codeHint")}
          autoComplete="one-time-code"
          inputMode="numeric"
          spellCheck={false}
          required
        />
        <SubmitButton pending={form.pending} pendingLabel={t("auth.confirm.pending")}>
          {t("auth.confirm.submit")}
        </SubmitButton>
      </form>
      <p>
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={resending || undefined}
          onClick={resend}
        >
          {resending ? t("auth.confirm.resending") : t("auth.confirm.resend")}
        </button>
      </p>
    </Page>
  );
}

export { ConfirmSignUpPage as Component };
