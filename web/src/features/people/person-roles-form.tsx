import { type Person, ROLES, roleAssignmentSchema } from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import { FormCheckboxGroup, FormErrors, useSchemaForm } from "../../ui/form/index.ts";
import { SubmitButton } from "../../ui/submit-button.tsx";
import { useSetRoles } from "./queries.ts";

/** Why the API refused the roles, on the roles field. */
const REFUSALS = {
  "city-required": { field: "roles", key: "people.roles.cityFirst" },
  "own-admin-role": { field: "roles", key: "people.roles.ownAdmin" },
  "profile-changed": { field: "roles", key: "people.roles.changed" },
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
  const form = useSchemaForm(
    roleAssignmentSchema,
    { roles: person.roles },
    { idOf: () => "person-roles" },
  );
  const save = useSetRoles(person);

  const submit = form.onSubmit(
    async ({ roles }) => {
      await save.mutateAsync(roles);
      await onSaved();
    },
    { refusals: REFUSALS },
  );

  return (
    <section aria-labelledby="person-roles-title">
      <h2 id="person-roles-title">{t("people.roles.title")}</h2>
      <FormErrors form={form} />
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        <FormCheckboxGroup
          form={form}
          name="roles"
          legend={t("people.roles.legend")}
          hint={t("people.roles.hint")}
          options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        />
        <SubmitButton pending={form.formState.isSubmitting} pendingLabel={t("people.roles.saving")}>
          {t("people.roles.save")}
        </SubmitButton>
      </form>
    </section>
  );
}
