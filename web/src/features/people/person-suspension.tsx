import { type Person, suspensionSchema } from "@alliance/core/web";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrors, FormTextAreaField, useSchemaForm } from "../../ui/form/index.ts";
import { describeRequestError } from "../../ui/query-error.tsx";
import { BusyButton, SubmitButton } from "../../ui/submit-button.tsx";
import { PersonConflict } from "./person-conflict.tsx";
import { useReinstate, useSuspend } from "./queries.ts";

interface SuspensionProps {
  person: Person;
  onSaved: (message: string) => Promise<void>;
  onReload: () => Promise<void>;
}

const REFUSALS = { "own-suspension": { field: "reason", key: "people.suspension.own" } };

/**
 * Suspends a person (with a reason, kept in the audit log) or reinstates them. Saves with
 * the version the page loaded; a change made elsewhere meanwhile is a conflict to reload.
 */
export function PersonSuspension({ person, onSaved, onReload }: SuspensionProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="person-suspension-title">
      <h2 id="person-suspension-title">{t("people.suspension.title")}</h2>
      {person.suspendedAt ? (
        <Reinstate person={person} onSaved={onSaved} />
      ) : (
        <Suspend person={person} onSaved={onSaved} onReload={onReload} />
      )}
    </section>
  );
}

function Suspend({ person, onSaved, onReload }: SuspensionProps) {
  const { t } = useTranslation();
  const form = useSchemaForm(suspensionSchema, { reason: "" }, { idOf: () => "suspension" });
  const suspend = useSuspend(person);
  const submit = form.onSubmit(
    async (values) => {
      await suspend.mutateAsync(values);
      await onSaved(t("people.suspension.suspended", { name: person.displayName }));
    },
    { refusals: REFUSALS },
  );
  return (
    <>
      <p>{t("people.suspension.intro")}</p>
      <PersonConflict form={form} onReload={onReload} />
      <FormErrors form={form} />
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        <FormTextAreaField
          form={form}
          name="reason"
          label={t("people.suspension.reason")}
          hint={t("people.suspension.hint")}
          rows={3}
        />
        <SubmitButton
          pending={form.formState.isSubmitting}
          pendingLabel={t("people.suspension.suspending")}
        >
          {t("people.suspension.suspend")}
        </SubmitButton>
      </form>
    </>
  );
}

function Reinstate({
  person,
  onSaved,
}: {
  person: Person;
  onSaved: (message: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const reinstate = useReinstate(person);
  const [failed, setFailed] = useState<unknown>(null);
  return (
    <>
      <p className="notice notice--warning">
        {t("people.suspension.since", {
          date: person.suspendedAt?.slice(0, 10),
          reason: person.suspensionReason,
        })}
      </p>
      {failed ? (
        <p role="alert" className="notice notice--error">
          {describeRequestError(failed, t)}
        </p>
      ) : null}
      <BusyButton
        busy={reinstate.isPending}
        busyLabel={t("people.suspension.reinstating")}
        onClick={async () => {
          setFailed(null);
          try {
            await reinstate.mutateAsync();
            await onSaved(t("people.suspension.reinstated", { name: person.displayName }));
          } catch (error) {
            setFailed(error);
          }
        }}
      >
        {t("people.suspension.reinstate")}
      </BusyButton>
    </>
  );
}
