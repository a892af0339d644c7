import { type City, type CityPatch, cityPatchSchema } from "@alliance/core/web";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, readJson } from "../../api/client.ts";
import { ConflictNotice } from "../../ui/conflict-notice.tsx";
import {
  FormErrors,
  FormTextAreaField,
  FormTextField,
  useSchemaForm,
} from "../../ui/form/index.ts";
import { SubmitButton } from "../../ui/submit-button.tsx";
import {
  CityMatchingFields,
  type MatchingValues,
  matchingChanges,
  matchingInput,
  matchingMessage,
  matchingValuesOf,
} from "./city-matching-fields.tsx";
import { cityKeys } from "./queries.ts";

interface Values extends MatchingValues {
  description: string;
  contactName: string;
  contactEmail: string;
  website: string;
}

const valuesOf = (city: City): Values => ({
  description: city.description,
  contactName: city.contactName ?? "",
  contactEmail: city.contactEmail ?? "",
  website: city.website ?? "",
  ...matchingValuesOf(city),
});

/** Only what changed; an emptied contact field is sent as null (cleared). */
function changes(city: City, values: Values): CityPatch {
  const patch: CityPatch = {};
  if (values.description.trim() !== city.description) patch.description = values.description.trim();
  const optional = (now: string, before: string | null) => {
    const next = now.trim() || null;
    return next !== before ? { changed: true, next } : { changed: false, next };
  };
  const name = optional(values.contactName, city.contactName);
  if (name.changed) patch.contactName = name.next;
  const email = optional(values.contactEmail, city.contactEmail);
  if (email.changed) patch.contactEmail = email.next;
  const site = optional(values.website, city.website);
  if (site.changed) patch.website = site.next;
  return { ...patch, ...matchingChanges(city, values) };
}

/**
 * The city's contributors and administrators edit its description, contact
 * point and what matching reads. Saves with If-Match; a stale edit keeps the typed values and offers to reload.
 */
export function CityEditor({ city, onClose }: { city: City; onClose: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(city);
  const form = useSchemaForm(cityPatchSchema, valuesOf(city), {
    // Every field is checked, changed or not: the description is always kept.
    toInput: (values) => ({
      description: values.description.trim(),
      contactName: values.contactName.trim() || null,
      contactEmail: values.contactEmail.trim() || null,
      website: values.website.trim() || null,
      ...matchingInput(values),
    }),
    messageOf: (field) => matchingMessage(field) ?? { key: `cities.edit.errors.${field}` },
    idOf: (field) => `city-${field}`,
  });
  const save = useMutation({
    mutationFn: async (patch: CityPatch): Promise<City> =>
      readJson(
        await api.api.cities[":cityId"].$patch({
          param: { cityId: base.cityId },
          json: patch,
          header: { "if-match": `"${base.version}"` },
        }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(cityKeys.one(saved.cityId), saved);
      void queryClient.invalidateQueries({ queryKey: cityKeys.all });
    },
  });

  const submit = form.onSubmit(
    async (_checked, values) => {
      const patch = changes(base, values);
      if (Object.keys(patch).length === 0) return onClose(false);
      await save.mutateAsync(patch);
      onClose(true);
    },
    { rejected: () => ({ key: "cities.edit.errors.rejected" }) },
  );

  const reload = () =>
    form.reload(
      () =>
        queryClient.fetchQuery({
          queryKey: cityKeys.one(base.cityId),
          queryFn: async () =>
            readJson(await api.api.cities[":cityId"].$get({ param: { cityId: base.cityId } })),
          staleTime: 0,
        }),
      (latest) => {
        setBase(latest);
        form.reset(valuesOf(latest));
      },
    );

  return (
    <section aria-labelledby="city-edit" className="manage">
      <h2 id="city-edit">{t("cities.edit.title")}</h2>
      {form.conflict && (
        <ConflictNotice
          headingLevel={3}
          title={t("cities.edit.conflictTitle")}
          body={t("cities.edit.conflictBody")}
          reloadLabel={t("cities.edit.reload")}
          reloading={form.reloading}
          onReload={() => void reload()}
        />
      )}
      <FormErrors form={form} />
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        <FormTextAreaField
          form={form}
          name="description"
          label={t("cities.edit.description")}
          hint={t("cities.edit.descriptionHint")}
          rows={6}
        />
        <FormTextField form={form} name="contactName" label={t("cities.edit.contactName")} />
        <FormTextField
          form={form}
          name="contactEmail"
          type="email"
          spellCheck="false"
          label={t("cities.edit.contactEmail")}
        />
        <FormTextField
          form={form}
          name="website"
          type="url"
          spellCheck="false"
          label={t("cities.edit.website")}
          hint={t("cities.edit.websiteHint")}
        />
        <CityMatchingFields form={form} />
        <div className="actions actions--row">
          <SubmitButton
            pending={form.formState.isSubmitting}
            pendingLabel={t("cities.edit.saving")}
          >
            {t("cities.edit.save")}
          </SubmitButton>
          <button type="button" className="button button--secondary" onClick={() => onClose(false)}>
            {t("cities.edit.cancel")}
          </button>
        </div>
      </form>
    </section>
  );
}
