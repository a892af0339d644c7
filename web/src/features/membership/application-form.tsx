import { type ApplicationForm, applicationFormSchema, COUNTRIES } from "@alliance/core/web";
import { type ReactNode, useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useCountryName } from "../../ui/country-name.ts";
import {
  FormCheckboxField,
  FormErrors,
  FormSelectField,
  FormTextAreaField,
  FormTextField,
  type ProblemHandling,
  useSchemaForm,
} from "../../ui/form/index.ts";
import { SubmitButton } from "../../ui/submit-button.tsx";
import { type ApplicationFormValues, messageOf, toInput } from "./application-form-values.ts";

/** What the API's refusals of an application mean to the person who sends it. */
const REFUSALS: ProblemHandling = {
  refusals: {
    "application-open": { key: "membership.form.errors.open" },
    "city-already-member": { field: "cityName", key: "membership.form.errors.alreadyMember" },
    "already-contributor": { key: "membership.form.errors.contributor" },
    "too-many-applications": { key: "membership.form.errors.tooMany" },
  },
};

/**
 * The application, checked by core's own schema: a city or region, the person
 * applying, the endorsing representative, why they join and what they bring,
 * and the alliance's principles accepted. `onChange` sees every change (the
 * join page keeps a draft); `notice` sits above the button (why sending waits).
 */
export function ApplicationFormFields({
  initial,
  submitLabel,
  pendingLabel,
  onSend,
  onChange,
  notice,
}: {
  initial: ApplicationFormValues;
  submitLabel: string;
  pendingLabel: string;
  onSend: (form: ApplicationForm, values: ApplicationFormValues) => Promise<unknown>;
  onChange?: (values: ApplicationFormValues) => void;
  notice?: ReactNode;
}) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const form = useSchemaForm(applicationFormSchema, initial, {
    toInput,
    messageOf,
    idOf: (field) => `application-${field.replaceAll(".", "-")}`,
  });
  const countries = useMemo(
    () =>
      COUNTRIES.map((code) => ({ code, name: countryName(code) })).sort((a, b) =>
        a.name.localeCompare(b.name),
      ),
    [countryName],
  );
  useEffect(() => {
    if (!onChange) return;
    const watching = form.watch((values) => onChange(values as ApplicationFormValues));
    return () => watching.unsubscribe();
  }, [form, onChange]);

  const submit = form.onSubmit((checked, values) => onSend(checked, values), REFUSALS);
  const f = (key: string) => t(`membership.form.${key}`);

  return (
    <>
      <FormErrors form={form} />
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        <fieldset>
          <legend>{f("place")}</legend>
          <FormTextField
            form={form}
            name="cityName"
            label={f("cityName")}
            hint={f("cityNameHint")}
          />
          <FormSelectField form={form} name="country" label={f("country")}>
            <option value="">{f("chooseCountry")}</option>
            {countries.map(({ code, name }) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </FormSelectField>
          <FormTextField form={form} name="region" label={f("region")} />
          <FormTextField
            form={form}
            name="population"
            label={f("population")}
            inputMode="numeric"
            autoComplete="off"
          />
        </fieldset>
        <fieldset>
          <legend>{f("you")}</legend>
          <FormTextField
            form={form}
            name="applicant.name"
            label={f("applicantName")}
            autoComplete="name"
          />
          <FormTextField
            form={form}
            name="applicant.title"
            label={f("applicantTitle")}
            hint={f("applicantTitleHint")}
            autoComplete="organization-title"
          />
        </fieldset>
        <fieldset>
          <legend>{f("representative")}</legend>
          <p className="hint">{f("representativeHint")}</p>
          <FormTextField form={form} name="representative.name" label={f("representativeName")} />
          <FormTextField
            form={form}
            name="representative.office"
            label={f("representativeOffice")}
            hint={f("representativeOfficeHint")}
          />
          <FormTextField
            form={form}
            name="representative.email"
            type="email"
            spellCheck="false"
            label={f("representativeEmail")}
          />
        </fieldset>
        <FormTextAreaField
          form={form}
          name="motivation"
          label={f("motivation")}
          hint={f("motivationHint")}
          rows={6}
        />
        <FormTextAreaField
          form={form}
          name="contribution"
          label={f("contribution")}
          hint={f("contributionHint")}
          rows={6}
        />
        <FormCheckboxField form={form} name="principlesAccepted" label={f("principles")} />
        {notice}
        <SubmitButton pending={form.formState.isSubmitting} pendingLabel={pendingLabel}>
          {submitLabel}
        </SubmitButton>
      </form>
    </>
  );
}
