import type { Observation } from "@alliance/core/web";
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Page } from "../../ui/page.tsx";
import { describeRequestError } from "../../ui/query-error.tsx";
import { BusyButton } from "../../ui/submit-button.tsx";
import { ObservationList } from "./observation-entry.tsx";
import { signalQueries, useReviewObservation } from "./queries.ts";

/** The administrators' review queue: approve, or send back with a reason. */
export function ReviewPage() {
  const { t } = useTranslation();
  const query = useQuery(signalQueries.queue());
  return (
    <Page title={t("signals.review.title")}>
      <p>{t("signals.review.intro")}</p>
      <ObservationList
        query={query}
        loading={t("signals.review.loading")}
        none={t("signals.review.none")}
        extra={(observation) => <Decision observation={observation} />}
      />
    </Page>
  );
}

function Decision({ observation }: { observation: Observation }) {
  const { t } = useTranslation();
  const review = useReviewObservation();
  const [reason, setReason] = useState("");
  const id = useId();
  const send = (decision: "approve" | "send-back") =>
    review.mutate({
      observationId: observation.observationId,
      version: observation.version,
      review: decision === "approve" ? { decision } : { decision, reason },
    });
  return (
    <div className="form">
      <label htmlFor={`${id}-reason`}>{t("signals.review.reason")}</label>
      <textarea
        id={`${id}-reason`}
        rows={2}
        maxLength={500}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="actions">
        <BusyButton busy={review.isPending} onClick={() => send("approve")}>
          {t("signals.review.approve")}
        </BusyButton>
        <BusyButton busy={review.isPending} variant="secondary" onClick={() => send("send-back")}>
          {t("signals.review.sendBack")}
        </BusyButton>
      </div>
      {review.isError && <p role="alert">{describeRequestError(review.error, t)}</p>}
    </div>
  );
}

export { ReviewPage as Component };
