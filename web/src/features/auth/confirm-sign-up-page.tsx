import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { keyed, text, useSchemaForm } from "../../ui/form/index.ts";
import { StatusMessage } from "../../ui/status.tsx";
import { BusyButton } from "../../ui/submit-button.tsx";
import { authErrorKey } from "./auth-errors.ts";
import { ConfirmationCodeField, UsernameField } from "./auth-fields.tsx";
import { AuthFormPage } from "./auth-form-page.tsx";
import { authMessage, confirmSchema } from "./auth-schemas.ts";
import { loadAuth } from "./session.ts";

export function ConfirmSignUpPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const form = useSchemaForm(
    confirmSchema,
    { username: search.get("username") ?? "", code: "" },
    { messageOf: authMessage },
  );
  const [resent, setResent] = useState<string | undefined>();
  const [resending, setResending] = useState(false);

  const action = async ({ username: name, code }: { username: string; code: string }) => {
    const auth = await loadAuth();
    await auth.confirmSignUp({ username: name, confirmationCode: code.replace(/\s+/g, "") });
    navigate(`/sign-in?username=${encodeURIComponent(name)}`, { state: { flash: "confirmed" } });
  };

  const resend = async () => {
    const username = form.getValues("username").trim();
    if (resending) return;
    form.clearErrors();
    if (!username) {
      form.setError("username", keyed({ key: "auth.errors.usernameRequired" }), {
        shouldFocus: true,
      });
      return;
    }
    setResending(true);
    setResent(undefined);
    try {
      const auth = await loadAuth();
      await auth.resendSignUpCode({ username });
      setResent(t("auth.confirm.resent"));
    } catch (error) {
      form.setError("root.server", text(t(authErrorKey("resend", error))));
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
      action={action}
      submitLabel={t("auth.confirm.submit")}
      pendingLabel={t("auth.confirm.pending")}
      after={
        <p>
          <BusyButton
            variant="secondary"
            busy={resending}
            busyLabel={t("auth.confirm.resending")}
            onClick={resend}
          >
            {t("auth.confirm.resend")}
          </BusyButton>
        </p>
      }
    >
      <UsernameField form={form} name="username" />
      <ConfirmationCodeField form={form} name="code" hint={t("auth.confirm.codeHint")} />
    </AuthFormPage>
  );
}

export { ConfirmSignUpPage as Component };
