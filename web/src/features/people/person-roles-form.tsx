import { type Person, ROLES, type Role } from "@alliance/core/web";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { ErrorSummary } from "../../ui/error-summary.tsx";
import { CheckboxGroup } from "../../ui/fields.tsx";
import { describeRequestError } from "../../ui/query-error.tsx";
import { SubmitButton } from "../../ui/submit-button.tsx";
import { useEditorFeedback } from "../../ui/use-editor-feedback.ts";
import { useSetRoles } from "./queries.ts";

const FIELD = "person-roles";

/** Why the API refused the roles, as a message key for the roles field. */
const REFUSALS: Record<string, string> = {
  "city-required": "people.roles.cityFirst",
  "own-admin-role": "people.roles.ownAdmin",
  "profile-changed": "people.roles.changed",
};

/** The roles a person holds (Cognito groups); they apply from their next sign-in. */
export function PersonRolesForm({
  person,
  onSaved,
}: {
  person: Person;
  onSaved: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [roles, setRoles] = useState<Role[]>(person.roles);
  const feedback = useEditorFeedback<typeof FIELD>();
  const save = useSetRoles(person);

  const toggle = (value: string, checked: boolean) => {
    const role = ROLES.find((candidate) => candidate === value);
    if (!role) return;
    setRoles((current) =>
      checked
        ? ROLES.filter((each) => each === role || current.includes(each))
        : current.filter((each) => each !== role),
    );
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    feedback.clearErrors();
    try {
      await save.mutateAsync(roles);
      await onSaved();
    } catch (error) {
      const refusal = error instanceof ApiError ? REFUSALS[error.problem.code] : undefined;
      if (refusal) return feedback.fail({ [FIELD]: { key: refusal } }, null);
      feedback.fail({}, describeRequestError(error, t));
    }
  };

  return (
    <section aria-labelledby="person-roles-title">
      <h2 id="person-roles-title">{t("people.roles.title")}</h2>
      <ErrorSummary errors={feedback.summary([FIELD])} attempt={feedback.attempt} />
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        <CheckboxGroup
          id={FIELD}
          legend={t("people.roles.legend")}
          hint={t("people.roles.hint")}
          error={feedback.message(FIELD)}
          options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          selected={roles}
          onToggle={toggle}
        />
        <SubmitButton pending={save.isPending} pendingLabel={t("people.roles.saving")}>
          {t("people.roles.save")}
        </SubmitButton>
      </form>
    </section>
  );
}
