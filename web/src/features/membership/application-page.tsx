import { type Application, OPEN_APPLICATION_STATES } from "@alliance/core/web";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { StatusMessage } from "../../ui/status.tsx";
import { BusyButton } from "../../ui/submit-button.tsx";
import { ApplicationDetails, ApplicationLog } from "./application-details.tsx";
import { ApplicationFormFields } from "./application-form.tsx";
import { valuesOf } from "./application-form-values.ts";
import { ChangedNotice } from "./changed-notice.tsx";
import { LoadedApplication } from "./loaded-application.tsx";
import { useResubmitApplication, useWithdrawApplication } from "./queries.ts";
import { unlessChanged } from "./stale-notice.ts";

/** "My application": its state, its log, and the applicant's next step. */
export function ApplicationPage() {
  const { t } = useTranslation();
  return (
    <LoadedApplication
      title={t("membership.mine.title")}
      titleOf={(city) => t("membership.mine.titleOf", { city })}
    >
      {(application, reload) => (
        <>
          <ApplicantSteps application={application} onChanged={reload} />
          <ApplicationDetails application={application} />
          <ApplicationLog application={application} />
        </>
      )}
    </LoadedApplication>
  );
}

function ApplicantSteps({
  application,
  onChanged,
}: {
  application: Application;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [changed, setChanged] = useState(false);
  const [done, setDone] = useState<"resubmitted" | "withdrawn" | null>(null);
  const resubmit = useResubmitApplication();
  const withdraw = useWithdrawApplication();
  const { applicationId, version, state } = application;
  const open = (OPEN_APPLICATION_STATES as readonly string[]).includes(state);
  const lastMessage = application.log.at(-1)?.message;
  const seeChange = () => {
    setChanged(true);
    setEditing(false);
    onChanged();
  };

  return (
    <>
      {changed && <ChangedNotice />}
      <StatusMessage>{done && t(`membership.mine.done.${done}`)}</StatusMessage>
      <p className="lead">{t(`membership.mine.explain.${state}`)}</p>
      {state === "information-requested" && lastMessage && <blockquote>{lastMessage}</blockquote>}
      {state === "approved" && application.cityId && (
        <p>
          <Link to={`/cities/${application.cityId}`}>{t("membership.mine.seeCity")}</Link>
        </p>
      )}
      {state === "information-requested" && !editing && (
        <button type="button" className="button" onClick={() => setEditing(true)}>
          {t("membership.mine.edit")}
        </button>
      )}
      {editing && (
        <section aria-labelledby="resubmit-title">
          <h2 id="resubmit-title">{t("membership.mine.editTitle")}</h2>
          <ApplicationFormFields
            initial={valuesOf(application)}
            submitLabel={t("membership.mine.resubmit")}
            pendingLabel={t("membership.mine.resubmitting")}
            onSend={async (form) => {
              const sent = await unlessChanged(
                () => resubmit.mutateAsync({ applicationId, form, version }),
                seeChange,
              );
              if (sent) {
                setEditing(false);
                setDone("resubmitted");
              }
            }}
          />
        </section>
      )}
      {open && !editing && (
        <p>
          <BusyButton
            variant="secondary"
            busy={withdraw.isPending}
            busyLabel={t("membership.mine.withdrawing")}
            onClick={() =>
              void unlessChanged(() => withdraw.mutateAsync({ applicationId, version }), seeChange)
                .then((sent) => sent && setDone("withdrawn"))
                // Shown below from the mutation's state.
                .catch(() => undefined)
            }
          >
            {t("membership.mine.withdraw")}
          </BusyButton>
        </p>
      )}
      {withdraw.isError && (
        <p role="alert" className="notice notice--error">
          {t("membership.mine.withdrawFailed")}
        </p>
      )}
    </>
  );
}

export { ApplicationPage as Component };
