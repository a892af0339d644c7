import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useSchemaForm } from "../../ui/form/index.ts";
import { UsernameField } from "./auth-fields.tsx";
import { AuthFormPage } from "./auth-form-page.tsx";
import { authMessage, forgotSchema } from "./auth-schemas.ts";
import { loadAuth } from "./session.ts";

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useSchemaForm(forgotSchema, { username: "" }, { messageOf: authMessage });

  const action = async ({ username: name }: { username: string }) => {
    const auth = await loadAuth();
    const result = await auth.resetPassword({ username: name });
    const query = `?username=${encodeURIComponent(name)}`;
    if (result.nextStep.resetPasswordStep === "DONE") {
      navigate(`/sign-in${query}`, { state: { flash: "passwordChanged" } });
    } else {
      navigate(`/reset-password${query}`, { state: { flash: "codeSent" } });
    }
  };

  return (
    <AuthFormPage
      title={t("auth.forgot.title")}
      intro={t("auth.forgot.intro")}
      form={form}
      operation="forgot"
      action={action}
      submitLabel={t("auth.forgot.submit")}
      pendingLabel={t("auth.forgot.pending")}
      after={
        <p>
          <Link to="/reset-password">{t("auth.forgot.haveCode")}</Link>
        </p>
      }
    >
      <UsernameField form={form} name="username" />
    </AuthFormPage>
  );
}

export { ForgotPasswordPage as Component };
