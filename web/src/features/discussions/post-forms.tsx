import {
  answerFormSchema,
  MODERATION_DECISIONS,
  type ModerationDecision,
  type PostState,
  postModerationSchema,
  postReportSchema,
  questionFormSchema,
} from "@alliance/core/web";
import { useQueryClient } from "@tanstack/react-query";
import type { FormEvent, ReactNode } from "react";
import type { FieldValues } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { ConflictNotice } from "../../ui/conflict-notice.tsx";
import {
  FormErrors,
  FormRadioGroup,
  FormTextAreaField,
  FormTextField,
  type SchemaForm,
  useSchemaForm,
} from "../../ui/form/index.ts";
import { BusyButton, SubmitButton } from "../../ui/submit-button.tsx";
import { discussionKeys } from "./queries.ts";

/** What every form of a discussion shares: an id prefix (many posts on one page), a cancel. */
interface FormProps<Output> {
  id: string;
  title: string;
  submitLabel: string;
  pendingLabel: string;
  onSend: (output: Output) => Promise<unknown>;
  onCancel?: () => void;
}

/** The messages of the refusals a post can meet. */
const REFUSALS = {
  "edit-window-closed": { key: "discussions.refusals.editClosed" },
  "post-hidden": { key: "discussions.refusals.hidden" },
  "already-reported": { key: "discussions.refusals.alreadyReported" },
  "invalid-state": { key: "discussions.refusals.invalidState" },
};

/** Cancel, beside a form's submit button. */
function Cancel({ onCancel }: { onCancel?: (() => void) | undefined }) {
  const { t } = useTranslation();
  if (!onCancel) return null;
  return (
    <BusyButton busy={false} variant="secondary" onClick={onCancel}>
      {t("discussions.cancel")}
    </BusyButton>
  );
}

/**
 * What every form of a discussion shows around its fields: its heading, after a
 * 412 the offer to reload the discussion (what was typed stays), the error
 * summary, the submit button and Cancel.
 */
function FormShell<Values extends FieldValues>({
  form,
  props,
  heading: Heading,
  onSubmit,
  children,
}: {
  form: SchemaForm<Values>;
  props: FormProps<never>;
  heading: "h3" | "h4";
  onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <form
      noValidate
      className="form"
      aria-labelledby={`${props.id}-heading`}
      onSubmit={(event) => void onSubmit(event)}
    >
      <Heading id={`${props.id}-heading`}>{props.title}</Heading>
      {form.conflict && (
        <ConflictNotice
          headingLevel={3}
          title={t("discussions.stale.title")}
          body={t("discussions.stale.body")}
          reloadLabel={t("discussions.stale.reload")}
          onReload={() => {
            void queryClient.invalidateQueries({ queryKey: discussionKeys.all });
            props.onCancel?.();
          }}
        />
      )}
      <FormErrors form={form} />
      {children}
      <SubmitButton pending={form.formState.isSubmitting} pendingLabel={props.pendingLabel}>
        {props.submitLabel}
      </SubmitButton>
      <Cancel onCancel={props.onCancel} />
    </form>
  );
}

/** A question (title and body) or an answer (body), to post or to edit. */
export function PostForm({
  kind,
  initial = { title: "", body: "" },
  ...props
}: FormProps<{ title: string; body: string }> & {
  kind: "question" | "answer";
  initial?: { title: string; body: string };
}) {
  const { t } = useTranslation();
  const schema = kind === "question" ? questionFormSchema : answerFormSchema;
  const form = useSchemaForm(schema as typeof questionFormSchema, initial, {
    idOf: (field) => `${props.id}-${field}`,
    toInput: (values) => (kind === "question" ? values : { body: values.body }),
  });
  const submit = form.onSubmit(
    async (_output, values) => {
      await props.onSend(values);
      form.reset(initial);
    },
    { refusals: REFUSALS },
  );
  return (
    <FormShell form={form} props={props} heading="h3" onSubmit={submit}>
      {kind === "question" && (
        <FormTextField form={form} name="title" label={t("discussions.fields.title")} />
      )}
      <FormTextAreaField
        form={form}
        name="body"
        label={t(`discussions.fields.${kind}`)}
        hint={t("discussions.fields.markdown")}
        rows={kind === "question" ? 6 : 4}
      />
    </FormShell>
  );
}

/** A member's report of a post, with its reason. */
export function ReportForm(props: FormProps<{ reason: string }>) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    postReportSchema,
    { reason: "" },
    { idOf: (field) => `${props.id}-${field}` },
  );
  const submit = form.onSubmit((output) => props.onSend(output), { refusals: REFUSALS });
  return (
    <FormShell form={form} props={props} heading="h4" onSubmit={submit}>
      <FormTextAreaField
        form={form}
        name="reason"
        label={t("discussions.report.reason")}
        hint={t("discussions.report.hint")}
        rows={3}
      />
    </FormShell>
  );
}

/** An administrator's decision on a post: hide it, or restore (keep) it, with the reason. */
export function ModerationForm({
  state,
  ...props
}: FormProps<{ decision: ModerationDecision; reason: string }> & { state: PostState }) {
  const { t } = useTranslation();
  const initial = {
    decision: (state === "hidden" ? "restore" : "hide") as ModerationDecision,
    reason: "",
  };
  const form = useSchemaForm(postModerationSchema, initial, {
    idOf: (field) => `${props.id}-${field}`,
  });
  const submit = form.onSubmit((output) => props.onSend(output), { refusals: REFUSALS });
  return (
    <FormShell form={form} props={props} heading="h4" onSubmit={submit}>
      <FormRadioGroup
        form={form}
        name="decision"
        legend={t("discussions.moderation.decision")}
        options={MODERATION_DECISIONS.map((value) => ({
          value,
          label: t(`discussions.moderation.decisions.${value}.${state}`),
        }))}
      />
      <FormTextAreaField
        form={form}
        name="reason"
        label={t("discussions.moderation.reason")}
        hint={t("discussions.moderation.hint")}
        rows={3}
      />
    </FormShell>
  );
}
