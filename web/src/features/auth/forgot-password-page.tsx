import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { type FieldErrors, useForm } from "../../ui/use-form.ts";
import { UsernameField } from "./auth-fields.tsx";
import { AuthFormPage } from "./auth-form-page.tsx";
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
    <AuthFormPage
      title={t("auth.forgot.title")}
      intro={t("auth.forgot.intro")}
      form={form}
      operation="forgot"
      validate={validate}
      action={action}
      submitLabel={t("auth.forgot.submit")}
      pendingLabel={t("auth.forgot.pending")}
      after={
        <p>
          <Link to="/reset-password">{t("auth.forgot.haveCode")}</Link>
        </p>
      }
    >
      <UsernameField {...form.field("username")} />
    </AuthFormPage>
  );
}

export { ForgotPasswordPage as Component };
