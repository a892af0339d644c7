import {
  APPLICATION_DECISIONS,
  type Application,
  type ApplicationDecision,
  applicationReviewSchema,
} from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import {
  FormErrors,
  FormRadioGroup,
  FormTextAreaField,
  useSchemaForm,
} from "../../ui/form/index.ts";
import { SubmitButton } from "../../ui/submit-button.tsx";
import { useReviewApplication } from "./queries.ts";
import { unlessChanged } from "./stale-notice.ts";

const NO_DECISION: { decision: ApplicationDecision; message: string } = {
  decision: "approve",
  message: "",
};

/** Approve, decline with a reason, or ask the applicant for more information. */
export function DecisionForm({
  application,
  onDone,
  onChanged,
}: {
  application: Application;
  onDone: (decision: ApplicationDecision) => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const review = useReviewApplication();
  const form = useSchemaForm(applicationReviewSchema, NO_DECISION, {
    idOf: (field) => `decision-${field}`,
    messageOf: (field) =>
      field === "message" ? { key: "membership.decision.messageNeeded" } : { key: "form.invalid" },
  });
  const submit = form.onSubmit(
    async ({ decision, message }) => {
      const sent = await unlessChanged(
        () =>
          review.mutateAsync({
            applicationId: application.applicationId,
            review: message ? { decision, message } : { decision },
            version: application.version,
          }),
        onChanged,
      );
      if (sent) onDone(decision);
    },
    {
      // The API may name the application's own fields (its city); this form has two.
      fieldOf: (path) => (path === "decision" || path === "message" ? path : null),
      refusals: { "city-already-member": { key: "membership.decision.alreadyMember" } },
    },
  );

  return (
    <form
      noValidate
      className="form review"
      aria-labelledby="decision-title"
      onSubmit={(event) => void submit(event)}
    >
      <h2 id="decision-title">{t("membership.decision.title")}</h2>
      <FormErrors form={form} />
      <FormRadioGroup
        form={form}
        name="decision"
        legend={t("membership.decision.decision")}
        options={APPLICATION_DECISIONS.map((value) => ({
          value,
          label: t(`membership.decision.decisions.${value}`),
        }))}
      />
      <FormTextAreaField
        form={form}
        name="message"
        label={t("membership.decision.message")}
        hint={t("membership.decision.messageHint")}
        rows={4}
      />
      <SubmitButton
        pending={form.formState.isSubmitting}
        pendingLabel={t("membership.decision.sending")}
      >
        {t("membership.decision.send")}
      </SubmitButton>
    </form>
  );
}
