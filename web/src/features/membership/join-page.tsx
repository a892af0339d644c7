import { useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { Page } from "../../ui/page.tsx";
import { useAuth } from "../auth/index.ts";
import { StateBadge } from "./application-details.tsx";
import { ApplicationFormFields } from "./application-form.tsx";
import { EMPTY_APPLICATION } from "./application-form-values.ts";
import { forgetDraft, readDraft, saveDraft } from "./draft.ts";
import { Principles } from "./principles.tsx";
import { membershipQueries, useSubmitApplication } from "./queries.ts";

/**
 * The public "Join the alliance" page: anyone reads it and fills the form; sending
 * needs an account, and what a visitor typed waits in this tab while they sign in.
 */
export function JoinPage() {
  const { t } = useTranslation();
  const { state } = useAuth();
  const signedIn = state.status === "signed-in";
  return (
    <Page title={t("membership.join.title")}>
      <p>{t("membership.join.intro")}</p>
      {signedIn && <MyApplications />}
      <Principles />
      <h2>{t("membership.join.formTitle")}</h2>
      <JoinForm signedIn={signedIn} />
    </Page>
  );
}

/** The signed-in person's applications, if any, each a link to its page. */
function MyApplications() {
  const { t } = useTranslation();
  const mine = useQuery(membershipQueries.mine());
  if (!mine.data?.length) return null;
  return (
    <section aria-labelledby="my-applications" className="notice notice--info">
      <h2 id="my-applications">{t("membership.join.mine")}</h2>
      <ul>
        {mine.data.map((application) => (
          <li key={application.applicationId}>
            <Link to={`/membership/applications/${application.applicationId}`}>
              {application.cityName}
            </Link>{" "}
            <StateBadge application={application} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The form of the join page; sending while signed out asks to sign in first. */
export function JoinForm({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const submit = useSubmitApplication();
  const [askSignIn, setAskSignIn] = useState(false);
  const initial = useMemo(() => readDraft() ?? EMPTY_APPLICATION, []);
  const keep = useCallback(saveDraft, []);

  const send = async (form: Parameters<typeof submit.mutateAsync>[0]) => {
    if (!signedIn) {
      setAskSignIn(true);
      return;
    }
    const application = await submit.mutateAsync(form);
    forgetDraft();
    navigate(`/membership/applications/${application.applicationId}`);
  };

  return (
    <ApplicationFormFields
      initial={initial}
      submitLabel={t("membership.join.send")}
      pendingLabel={t("membership.join.sending")}
      onSend={send}
      onChange={keep}
      notice={askSignIn && <SignInFirst />}
    />
  );
}

/** Why sending waits, and the two ways on; takes focus so it is read at once. */
function SignInFirst() {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div ref={box} tabIndex={-1} role="alert" className="notice notice--info">
      <p>{t("membership.join.signInFirst")}</p>
      <p className="actions actions--row">
        <Link className="button" to={`/sign-in?next=${encodeURIComponent("/join")}`}>
          {t("membership.join.signIn")}
        </Link>
        <Link className="button button--secondary" to="/sign-up">
          {t("membership.join.createAccount")}
        </Link>
      </p>
    </div>
  );
}

export { JoinPage as Component };
