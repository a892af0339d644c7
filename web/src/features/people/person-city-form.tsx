import { cityAssignmentSchema, type Person } from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import { FormErrors, FormSelectField, useSchemaForm } from "../../ui/form/index.ts";
import { SubmitButton } from "../../ui/submit-button.tsx";
import { useCities } from "./city-name.ts";
import { PersonConflict } from "./person-conflict.tsx";
import { useSetCity } from "./queries.ts";

/** Why the API refused the city, on the city's field. */
const REFUSALS = {
  "contributor-needs-city": { field: "cityId", key: "people.city.needed" },
  "unknown-city": { field: "cityId", key: "people.city.unknown" },
};

/**
 * The city a person belongs to: for a contributor, the one they publish for. Saves
 * with the version the page loaded (If-Match); a change made elsewhere meanwhile is
 * a conflict the administrator resolves by reloading, never a silent overwrite.
 */
export function PersonCityForm({
  person,
  onSaved,
  onReload,
}: {
  person: Person;
  onSaved: () => Promise<void>;
  onReload: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const { cities, list, nameOf } = useCities();
  const form = useSchemaForm(
    cityAssignmentSchema,
    { cityId: person.cityId ?? "" },
    {
      toInput: ({ cityId }) => ({ cityId: cityId || null }),
      idOf: () => "person-city",
    },
  );
  const save = useSetCity(person);
  const value = form.watch("cityId");
  const known = value === "" || list.some((city) => city.cityId === value);

  const submit = form.onSubmit(
    async ({ cityId }) => {
      await save.mutateAsync(cityId);
      await onSaved();
    },
    { refusals: REFUSALS },
  );

  return (
    <section aria-labelledby="person-city-title">
      <h2 id="person-city-title">{t("people.city.title")}</h2>
      <PersonConflict form={form} onReload={onReload} />
      <FormErrors form={form} />
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        <FormSelectField
          form={form}
          name="cityId"
          label={t("people.city.label")}
          hint={cities.isError ? t("profile.city.failed") : t("people.city.hint")}
          aria-busy={cities.isPending || undefined}
        >
          <option value="">{t("people.city.none")}</option>
          {!known && <option value={value}>{nameOf(value)}</option>}
          {list.map((city) => (
            <option key={city.cityId} value={city.cityId}>
              {nameOf(city.cityId)}
            </option>
          ))}
        </FormSelectField>
        {cities.isError && (
          <p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void cities.refetch()}
            >
              {t("profile.city.retry")}
            </button>
          </p>
        )}
        <SubmitButton pending={form.formState.isSubmitting} pendingLabel={t("people.city.saving")}>
          {t("people.city.save")}
        </SubmitButton>
      </form>
    </section>
  );
}
