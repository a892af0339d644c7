import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { StatusMessage } from "../../ui/status.tsx";
import { type FieldErrors, useForm } from "../../ui/use-form.ts";
import { authErrorKey } from "./auth-errors.ts";
import { ConfirmationCodeField, UsernameField } from "./auth-fields.tsx";
import { AuthFormPage } from "./auth-form-page.tsx";
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
    <AuthFormPage
      title={t("auth.confirm.title")}
      intro={t("auth.confirm.intro")}
      status={<StatusMessage>{resent}</StatusMessage>}
      form={form}
      operation="confirm"
      validate={validate}
      action={action}
      submitLabel={t("auth.confirm.submit")}
      pendingLabel={t("auth.confirm.pending")}
      after={
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
      }
    >
      <UsernameField {...form.field("username")} />
      <ConfirmationCodeField {...form.field("code")} hint={t("auth.confirm.codeHint")} />
    </AuthFormPage>
  );
}

export { ConfirmSignUpPage as Component };
