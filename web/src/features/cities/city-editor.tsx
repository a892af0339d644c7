import type { City, CityPatch } from "@alliance/core/web";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, api, readJson } from "../../api/client.ts";
import { ErrorSummary } from "../../ui/error-summary.tsx";
import { TextAreaField, TextField } from "../../ui/fields.tsx";
import { describeRequestError } from "../../ui/query-error.tsx";
import { SubmitButton } from "../../ui/submit-button.tsx";
import { cityKeys } from "./queries.ts";

interface Values {
  description: string;
  contactName: string;
  contactEmail: string;
  website: string;
}
type Field = keyof Values;
const FIELDS: Field[] = ["description", "contactName", "contactEmail", "website"];

const valuesOf = (city: City): Values => ({
  description: city.description,
  contactName: city.contactName ?? "",
  contactEmail: city.contactEmail ?? "",
  website: city.website ?? "",
});

/** The rules of core's cityPatchSchema, checked here without zod to keep the page small. */
function validate(values: Values): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  const description = values.description.trim();
  if (description.length < 20 || description.length > 2000) {
    errors.description = "cities.edit.errors.description";
  }
  const name = values.contactName.trim();
  if (name && (name.length < 2 || name.length > 120))
    errors.contactName = "cities.edit.errors.contactName";
  const email = values.contactEmail.trim();
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    errors.contactEmail = "cities.edit.errors.contactEmail";
  }
  const website = values.website.trim();
  if (website && !/^https:\/\/[^\s]+\.[^\s]+$/.test(website))
    errors.website = "cities.edit.errors.website";
  return errors;
}

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
  return patch;
}

/**
 * The city's contributors and administrators edit its description and contact
 * point. Saves with If-Match; a stale edit keeps the typed values and offers to reload.
 */
export function CityEditor({ city, onClose }: { city: City; onClose: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(city);
  const [values, setValues] = useState(() => valuesOf(city));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [conflict, setConflict] = useState(false);
  const conflictBox = useRef<HTMLDivElement>(null);
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

  useEffect(() => {
    if (conflict) conflictBox.current?.focus();
  }, [conflict]);

  const fail = (fieldErrors: Partial<Record<Field, string>>, message: string | null) => {
    setErrors(fieldErrors);
    setFormError(message);
    setAttempt((count) => count + 1);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const invalid = validate(values);
    if (Object.keys(invalid).length > 0) return fail(invalid, null);
    setErrors({});
    setFormError(null);
    const patch = changes(base, values);
    if (Object.keys(patch).length === 0) return onClose(false);
    try {
      await save.mutateAsync(patch);
      onClose(true);
    } catch (error) {
      if (error instanceof ApiError && error.status === 412) return setConflict(true);
      if (error instanceof ApiError && error.status === 400 && error.problem.errors?.length) {
        const rejected: Partial<Record<Field, string>> = {};
        for (const { field } of error.problem.errors) {
          if ((FIELDS as string[]).includes(field))
            rejected[field as Field] = "cities.edit.errors.rejected";
        }
        if (Object.keys(rejected).length > 0) return fail(rejected, null);
      }
      fail({}, describeRequestError(error, t));
    }
  };

  const reload = async () => {
    const latest = await queryClient.fetchQuery({
      queryKey: cityKeys.one(base.cityId),
      queryFn: async () =>
        readJson(await api.api.cities[":cityId"].$get({ param: { cityId: base.cityId } })),
      staleTime: 0,
    });
    setBase(latest);
    setValues(valuesOf(latest));
    setConflict(false);
  };

  const field = (name: Field) => ({
    id: `city-${name}`,
    value: values[name],
    error: errors[name] ? t(errors[name] ?? "") : undefined,
    onChange: (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [name]: event.target.value })),
  });
  const summary = [
    ...FIELDS.flatMap((name) =>
      errors[name] ? [{ fieldId: `city-${name}`, message: t(errors[name] ?? "") }] : [],
    ),
    ...(formError ? [{ message: formError }] : []),
  ];

  return (
    <section aria-labelledby="city-edit" className="manage">
      <h2 id="city-edit">{t("cities.edit.title")}</h2>
      {conflict && (
        <div ref={conflictBox} className="notice notice--warning" tabIndex={-1} role="alert">
          <h3>{t("cities.edit.conflictTitle")}</h3>
          <p>{t("cities.edit.conflictBody")}</p>
          <button type="button" className="button" onClick={() => void reload()}>
            {t("cities.edit.reload")}
          </button>
        </div>
      )}
      <ErrorSummary errors={summary} attempt={attempt} />
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        <TextAreaField
          {...field("description")}
          label={t("cities.edit.description")}
          hint={t("cities.edit.descriptionHint")}
          rows={6}
        />
        <TextField {...field("contactName")} label={t("cities.edit.contactName")} />
        <TextField
          {...field("contactEmail")}
          type="email"
          spellCheck={false}
          label={t("cities.edit.contactEmail")}
        />
        <TextField
          {...field("website")}
          type="url"
          spellCheck={false}
          label={t("cities.edit.website")}
          hint={t("cities.edit.websiteHint")}
        />
        <div className="actions actions--row">
          <SubmitButton pending={save.isPending} pendingLabel={t("cities.edit.saving")}>
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
