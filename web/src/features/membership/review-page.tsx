import type { ApplicationDecision } from "@alliance/core/web";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { Page } from "../../ui/page.tsx";
import { QueryFallback, StatusMessage } from "../../ui/status.tsx";
import { ApplicationDetails, ApplicationLog } from "./application-details.tsx";
import { ChangedNotice } from "./changed-notice.tsx";
import { DecisionForm } from "./decision-form.tsx";
import { membershipQueries } from "./queries.ts";

/** Administrators: one application, its log, and the decision while it waits for one. */
export function ReviewPage() {
  const { t } = useTranslation();
  const { applicationId = "" } = useParams();
  const query = useQuery(membershipQueries.one(applicationId));
  const [changed, setChanged] = useState(false);
  const [decided, setDecided] = useState<ApplicationDecision | null>(null);
  const application = query.data;
  if (!application) {
    return (
      <Page title={t("membership.review.title")}>
        <QueryFallback query={query} label={t("membership.loading")} />
      </Page>
    );
  }
  const waiting = application.state === "submitted" || application.state === "resubmitted";
  return (
    <Page title={t("membership.review.titleOf", { city: application.cityName })}>
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
            void query.refetch();
          }}
        />
      )}
      <ApplicationLog application={application} />
    </Page>
  );
}

export { ReviewPage as Component };
