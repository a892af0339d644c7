import {
  ANSWER_DECISIONS,
  type ExchangeRequest,
  requestAnswerSchema,
  requestOutcomeSchema,
} from "@alliance/core/web";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { problemOf } from "../../api/problem.ts";
import { ConflictNotice } from "../../ui/conflict-notice.tsx";
import {
  FormCheckboxField,
  FormErrors,
  FormRadioGroup,
  FormTextAreaField,
  FormTextField,
  useSchemaForm,
} from "../../ui/form/index.ts";
import { describeRequestError } from "../../ui/query-error.tsx";
import { StatusMessage } from "../../ui/status.tsx";
import { BusyButton, SubmitButton } from "../../ui/submit-button.tsx";
import {
  useAcceptDate,
  useAnswerRequest,
  useDraftExperience,
  useRecordOutcome,
  useWithdrawRequest,
} from "./queries.ts";

type Props = { request: ExchangeRequest; onChanged: () => void };

/** The steps the caller may take now, as the API says (`actions`). */
export function RequestSteps({ request, onChanged }: Props) {
  const { t } = useTranslation();
  const [stale, setStale] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [draftId, setDraftId] = useState<string | null>(null);
  const acceptDate = useAcceptDate();
  const withdraw = useWithdrawRequest();
  const draft = useDraftExperience();
  const at = { requestId: request.requestId, version: request.version };
  const { actions } = request;
  /** Runs a one-click step; a 412 or 409 offers to reload, anything else says why. */
  const run = async (step: () => Promise<unknown>) => {
    setError(null);
    try {
      await step();
    } catch (failure) {
      const problem = problemOf(failure);
      if (problem.stale || problem.status === 409) setStale(true);
      else setError(describeRequestError(failure, t));
    }
  };
  const changed = () => {
    setStale(false);
    onChanged();
  };
  const any = Object.entries(actions).some(([name, may]) => may && name !== "post");

  return (
    <>
      {stale && (
        <ConflictNotice
          title={t("requests.stale.title")}
          body={t("requests.stale.body")}
          reloadLabel={t("requests.stale.reload")}
          onReload={changed}
        />
      )}
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      <StatusMessage>{draftId && t("requests.steps.drafted")}</StatusMessage>
      {draftId && (
        <p>
          <Link to={`/exchange/items/${draftId}/edit`}>{t("requests.page.openDraft")}</Link>
        </p>
      )}
      {actions.answer && <AnswerForm request={request} onStale={() => setStale(true)} />}
      {any && (
        <div className="actions">
          {actions.acceptDate && (
            <BusyButton
              busy={acceptDate.isPending}
              busyLabel={t("requests.steps.working")}
              onClick={() => void run(() => acceptDate.mutateAsync(at))}
            >
              {t("requests.steps.acceptDate")}
            </BusyButton>
          )}
          {actions.withdraw && (
            <BusyButton
              variant="danger"
              busy={withdraw.isPending}
              busyLabel={t("requests.steps.working")}
              onClick={() => void run(() => withdraw.mutateAsync(at))}
            >
              {t("requests.steps.withdraw")}
            </BusyButton>
          )}
          {actions.draftExperience && (
            <BusyButton
              busy={draft.isPending}
              busyLabel={t("requests.steps.working")}
              onClick={() => void run(async () => setDraftId((await draft.mutateAsync(at)).itemId))}
            >
              {t("requests.steps.draft")}
            </BusyButton>
          )}
        </div>
      )}
      {actions.recordOutcome && <OutcomeForm request={request} onStale={() => setStale(true)} />}
    </>
  );
}

/** Accept, decline with a reason, or propose another date. */
function AnswerForm({ request, onStale }: { request: ExchangeRequest; onStale: () => void }) {
  const { t } = useTranslation();
  const answer = useAnswerRequest();
  const form = useSchemaForm(
    requestAnswerSchema,
    {
      decision: "accept" as (typeof ANSWER_DECISIONS)[number],
      reason: "",
      message: "",
      from: "",
      to: "",
    },
    {
      idOf: (field) => `answer-${field}`,
      fieldOf: (path) => (path.startsWith("date") ? "from" : path),
      messageOf: (field) =>
        field === "reason"
          ? { key: "requests.answer.reasonNeeded" }
          : field === "from"
            ? { key: "requests.answer.dateNeeded" }
            : { key: "form.invalid" },
      toInput: ({ decision, reason, message, from, to }) => ({
        decision,
        ...(decision === "decline" && { reason }),
        ...(decision !== "decline" && message && { message }),
        ...(decision === "propose-date" && {
          date: from ? { from, ...(to && { to }) } : undefined,
        }),
      }),
    },
  );
  const submit = form.onSubmit(async (checked) => {
    try {
      await answer.mutateAsync({
        requestId: request.requestId,
        version: request.version,
        answer: checked,
      });
    } catch (failure) {
      const problem = problemOf(failure);
      if (problem.stale || problem.status === 409) onStale();
      else throw failure;
    }
  });
  const decision = form.watch("decision");
  return (
    <form
      noValidate
      className="form"
      aria-labelledby="answer-title"
      onSubmit={(event) => void submit(event)}
    >
      <h2 id="answer-title">{t("requests.answer.title")}</h2>
      <FormErrors form={form} />
      <FormRadioGroup
        form={form}
        name="decision"
        legend={t("requests.answer.decision")}
        options={ANSWER_DECISIONS.map((value) => ({
          value,
          label: t(`requests.answer.decisions.${value}`),
        }))}
      />
      {decision === "decline" ? (
        <FormTextAreaField form={form} name="reason" label={t("requests.answer.reason")} rows={3} />
      ) : (
        <FormTextAreaField
          form={form}
          name="message"
          label={t("requests.answer.message")}
          rows={3}
        />
      )}
      {decision === "propose-date" && (
        <>
          <FormTextField form={form} name="from" type="date" label={t("requests.answer.from")} />
          <FormTextField form={form} name="to" type="date" label={t("requests.answer.to")} />
        </>
      )}
      <SubmitButton
        pending={form.formState.isSubmitting}
        pendingLabel={t("requests.answer.sending")}
      >
        {t("requests.answer.send")}
      </SubmitButton>
    </form>
  );
}

/** What happened, whether it was useful, whether either city will follow up. */
function OutcomeForm({ request, onStale }: { request: ExchangeRequest; onStale: () => void }) {
  const { t } = useTranslation();
  const record = useRecordOutcome();
  const form = useSchemaForm(
    requestOutcomeSchema,
    { summary: "", useful: false, followUp: false },
    { idOf: (field) => `outcome-${field}` },
  );
  const submit = form.onSubmit(async (outcome) => {
    try {
      await record.mutateAsync({ requestId: request.requestId, version: request.version, outcome });
    } catch (failure) {
      const problem = problemOf(failure);
      if (problem.stale || problem.status === 409) onStale();
      else throw failure;
    }
  });
  return (
    <form
      noValidate
      className="form"
      aria-labelledby="outcome-title"
      onSubmit={(event) => void submit(event)}
    >
      <h2 id="outcome-title">{t("requests.outcome.title")}</h2>
      <FormErrors form={form} />
      <FormTextAreaField
        form={form}
        name="summary"
        label={t("requests.outcome.summary")}
        rows={4}
      />
      <FormCheckboxField form={form} name="useful" label={t("requests.outcome.useful")} />
      <FormCheckboxField form={form} name="followUp" label={t("requests.outcome.followUp")} />
      <SubmitButton
        pending={form.formState.isSubmitting}
        pendingLabel={t("requests.outcome.sending")}
      >
        {t("requests.outcome.send")}
      </SubmitButton>
    </form>
  );
}
