import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { changeLocale, storedLocale } from "../../i18n/index.ts";
import { useSchemaForm } from "../../ui/form/index.ts";
import { useAuth } from "./auth-context.tsx";
import { safeReturnPath } from "./auth-errors.ts";
import { UsernameField } from "./auth-fields.tsx";
import { AuthFormPage } from "./auth-form-page.tsx";
import { authMessage, signInSchema } from "./auth-schemas.ts";
import { PasswordField } from "./password-field.tsx";
import { loadAuth } from "./session.ts";
import { meQuery } from "./use-me.ts";

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const { refresh } = useAuth();
  const queryClient = useQueryClient();
  const next = safeReturnPath(search.get("next"));
  const form = useSchemaForm(
    signInSchema,
    { username: search.get("username") ?? "", password: "" },
    { messageOf: authMessage },
  );

  const action = async ({ username: name, password }: { username: string; password: string }) => {
    const auth = await loadAuth();
    try {
      const result = await auth.signIn({
        username: name,
        password,
        options: { authFlowType: "USER_PASSWORD_AUTH" },
      });
      const step = result.nextStep.signInStep;
      if (result.isSignedIn || step === "DONE") {
        await refresh();
        // What was read signed out (items without contacts, no members-only ones, pages
        // without the actions this person may take) is not what they may see: read it again.
        queryClient.removeQueries();
        // On a device where nobody chose a language yet, speak the person's own.
        if (!storedLocale()) {
          void queryClient
            .fetchQuery(meQuery())
            .then((profile) => changeLocale(profile.preferredLanguage))
            .catch(() => {});
        }
        navigate(next, { replace: true, state: { flash: "signedIn" } });
      } else if (step === "CONFIRM_SIGN_UP") {
        navigate(`/confirm-sign-up?username=${encodeURIComponent(name)}`, {
          state: { flash: "confirmFirst" },
        });
      } else if (step === "RESET_PASSWORD") {
        navigate(`/reset-password?username=${encodeURIComponent(name)}`);
      } else {
        throw Object.assign(new Error(step), { name: "UnsupportedStep" });
      }
    } catch (error) {
      if (error instanceof Error && error.name === "UserAlreadyAuthenticatedException") {
        await refresh();
        navigate(next, { replace: true });
        return;
      }
      throw error;
    }
  };

  return (
    <AuthFormPage
      title={t("auth.signIn.title")}
      form={form}
      operation="signIn"
      action={action}
      submitLabel={t("auth.signIn.submit")}
      pendingLabel={t("auth.signIn.pending")}
      after={
        <ul className="links">
          <li>
            <Link to="/forgot-password">{t("auth.signIn.forgot")}</Link>
          </li>
          <li>
            <Link to="/sign-up">{t("auth.signIn.create")}</Link>
          </li>
        </ul>
      }
    >
      <UsernameField form={form} name="username" />
      <PasswordField
        form={form}
        name="password"
        label={t("auth.password")}
        autoComplete="current-password"
        required
      />
    </AuthFormPage>
  );
}

export { SignInPage as Component };
