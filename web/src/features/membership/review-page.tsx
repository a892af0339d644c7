import type { Application, ApplicationDecision } from "@alliance/core/web";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { StatusMessage } from "../../ui/status.tsx";
import { ApplicationDetails, ApplicationLog } from "./application-details.tsx";
import { ChangedNotice } from "./changed-notice.tsx";
import { DecisionForm } from "./decision-form.tsx";
import { LoadedApplication } from "./loaded-application.tsx";

/** Administrators: one application, its log, and the decision while it waits for one. */
export function ReviewPage() {
  const { t } = useTranslation();
  return (
    <LoadedApplication
      title={t("membership.review.title")}
      titleOf={(city) => t("membership.review.titleOf", { city })}
    >
      {(application, reload) => <Review application={application} reload={reload} />}
    </LoadedApplication>
  );
}

function Review({ application, reload }: { application: Application; reload: () => void }) {
  const { t } = useTranslation();
  const [changed, setChanged] = useState(false);
  const [decided, setDecided] = useState<ApplicationDecision | null>(null);
  const waiting = application.state === "submitted" || application.state === "resubmitted";
  return (
    <>
      <p>
        <Link to="/admin/membership">{t("membership.review.back")}</Link>
      </p>
      {changed && <ChangedNotice />}
      <StatusMessage>{decided && t(`membership.review.done.${decided}`)}</StatusMessage>
      {application.cityId && (
        <p>
          <Link to={`/cities/${application.cityId}`}>{t("membership.mine.seeCity")}</Link>
        </p>
      )}
      <ApplicationDetails application={application} />
      {waiting && (
        <DecisionForm
          key={application.version}
          application={application}
          onDone={setDecided}
          onChanged={() => {
            setChanged(true);
            reload();
          }}
        />
      )}
      <ApplicationLog application={application} />
    </>
  );
}

export { ReviewPage as Component };
