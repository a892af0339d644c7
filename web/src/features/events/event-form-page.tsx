import {
  COUNTRIES,
  EVENT_TYPES,
  type EventView,
  eventFormSchema,
  eventPatchSchema,
  THEMES,
} from "@alliance/core/web";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { ConflictNotice } from "../../ui/conflict-notice.tsx";
import { useCountryName } from "../../ui/country-name.ts";
import {
  FormCheckboxField,
  FormCheckboxGroup,
  FormErrors,
  FormSelectField,
  FormTextAreaField,
  FormTextField,
  useSchemaForm,
} from "../../ui/form/index.ts";
import { Page } from "../../ui/page.tsx";
import { QueryFallback } from "../../ui/status.tsx";
import { SubmitButton } from "../../ui/submit-button.tsx";
import { useLanguageOptions } from "../exchange/index.ts";
import {
  type EventFormValues,
  emptyValues,
  fieldOf,
  inputOf,
  valuesOf,
} from "./event-form-values.ts";
import { eventQueries, useCreateEvent, useEditEvent } from "./queries.ts";
import { defaultTimeZone, timeZoneOptions } from "./time-zones.ts";

/**
 * Creating a draft event or editing one (its organisers). Every field is checked by
 * core's own schema before sending; an edit is conditional on the version loaded
 * (If-Match), and a 412 says someone else changed it while what was typed stays.
 */
function EventFormPage() {
  const { t } = useTranslation();
  const { eventId } = useParams();
  const event = useQuery({ ...eventQueries.one(eventId ?? ""), enabled: Boolean(eventId) });
  if (!eventId) return <EventFormView event={null} />;
  if (!event.data) {
    return (
      <Page title={t("events.event")}>
        <QueryFallback query={event} label={t("events.loadingOne")} />
      </Page>
    );
  }
  return <EventFormView key={eventId} event={event.data} />;
}

function EventFormView({ event }: { event: EventView | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const country = useCountryName();
  const languages = useLanguageOptions();
  const zones = useMemo(timeZoneOptions, []);
  const [base, setBase] = useState(event);
  const mode = base ? "edit" : "create";
  const create = useCreateEvent();
  const edit = useEditEvent();
  const form = useSchemaForm<EventFormValues, unknown>(
    base ? eventPatchSchema : eventFormSchema,
    base ? valuesOf(base) : emptyValues(defaultTimeZone(zones)),
    {
      toInput: (values) => inputOf(values, mode),
      fieldOf: (path) => fieldOf(path),
      idOf: (field) => `event-${field}`,
    },
  );

  const submit = form.onSubmit(
    async (_checked, values) => {
      const input = inputOf(values, mode);
      const saved = base
        ? await edit.mutateAsync({ eventId: base.eventId, version: base.version, patch: input })
        : await create.mutateAsync(input as Parameters<typeof create.mutateAsync>[0]);
      await navigate(`/events/${saved.eventId}`);
    },
    {
      fieldOf: (path) => fieldOf(path),
      // "venue" alone: neither a venue nor an online link was given.
      rejected: (field) => ({
        key: field === "inPerson" ? "events.form.needWhere" : "form.rejected",
      }),
    },
  );

  const reload = () =>
    base &&
    form.reload(
      () => queryClient.fetchQuery({ ...eventQueries.one(base.eventId), staleTime: 0 }),
      (latest) => {
        setBase(latest);
        form.reset(valuesOf(latest));
      },
    );

  const inPerson = form.watch("inPerson");
  const countries = useMemo(
    () =>
      COUNTRIES.map((code) => ({ code, name: country(code) })).sort((a, b) =>
        a.name.localeCompare(b.name),
      ),
    [country],
  );
  const title = base
    ? t("events.form.editTitle", { title: base.title })
    : t("events.form.newTitle");

  return (
    <Page title={title}>
      {base && !base.actions.edit ? (
        <p className="notice notice--warning">{t("errors.forbidden")}</p>
      ) : (
        <>
          {form.conflict && (
            <ConflictNotice
              title={t("events.conflict.title")}
              body={t("events.conflict.body")}
              reloadLabel={t("events.conflict.reload")}
              reloading={form.reloading}
              onReload={() => void reload()}
            />
          )}
          <FormErrors form={form} />
          <form noValidate className="form" onSubmit={(e) => void submit(e)}>
            <FormSelectField form={form} name="type" label={t("events.form.type")}>
              {EVENT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`events.types.${type}`)}
                </option>
              ))}
            </FormSelectField>
            <FormTextField form={form} name="title" label={t("events.form.title")} />
            <FormTextAreaField
              form={form}
              name="description"
              label={t("events.form.description")}
              hint={t("events.form.descriptionHint")}
              rows={8}
            />
            <FormSelectField form={form} name="language" label={t("events.form.language")}>
              {languages.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </FormSelectField>
            <FormCheckboxGroup
              form={form}
              name="themes"
              legend={t("events.form.themes")}
              hint={t("events.form.themesHint")}
              options={THEMES.map((theme) => ({
                value: theme,
                label: t(`exchange.themes.${theme}`),
              }))}
              columns
            />
            <fieldset className="field">
              <legend>{t("events.form.schedule")}</legend>
              <FormSelectField
                form={form}
                name="timeZone"
                label={t("events.form.timeZone")}
                hint={t("events.form.timeZoneHint")}
              >
                {zones.map((zone) => (
                  <option key={zone} value={zone}>
                    {zone.replaceAll("_", " ")}
                  </option>
                ))}
              </FormSelectField>
              <FormTextField
                form={form}
                name="start"
                type="datetime-local"
                label={t("events.form.start")}
              />
              <FormTextField
                form={form}
                name="end"
                type="datetime-local"
                label={t("events.form.end")}
              />
              <FormTextField
                form={form}
                name="registrationDeadline"
                type="datetime-local"
                label={t("events.form.deadline")}
              />
            </fieldset>
            <FormTextField
              form={form}
              name="capacity"
              type="number"
              inputMode="numeric"
              min={1}
              label={t("events.form.capacity")}
            />
            <fieldset className="field">
              <legend>{t("events.form.where")}</legend>
              <p className="field__hint">{t("events.form.whereHint")}</p>
              <FormTextField
                form={form}
                name="onlineLink"
                type="url"
                spellCheck="false"
                label={t("events.form.onlineLink")}
                hint={t("events.form.onlineLinkHint")}
              />
              <FormCheckboxField form={form} name="inPerson" label={t("events.form.inPerson")} />
              {inPerson && (
                <>
                  <FormTextField
                    form={form}
                    name="venueName"
                    schemaPath="venue.name"
                    label={t("events.form.venueName")}
                  />
                  <FormTextField
                    form={form}
                    name="venueAddress"
                    schemaPath="venue.address"
                    label={t("events.form.venueAddress")}
                  />
                  <FormTextField
                    form={form}
                    name="venueCity"
                    schemaPath="venue.city"
                    label={t("events.form.venueCity")}
                  />
                  <FormSelectField
                    form={form}
                    name="venueCountry"
                    label={t("events.form.venueCountry")}
                  >
                    <option value="">{t("events.form.chooseCountry")}</option>
                    {countries.map((option) => (
                      <option key={option.code} value={option.code}>
                        {option.name}
                      </option>
                    ))}
                  </FormSelectField>
                </>
              )}
            </fieldset>
            <FormTextAreaField
              form={form}
              name="relatedCourseIds"
              label={t("events.form.relatedCourses")}
              hint={t("events.form.relatedHint", { prefix: "crs_" })}
              rows={2}
              spellCheck="false"
            />
            <FormTextAreaField
              form={form}
              name="relatedItemIds"
              label={t("events.form.relatedItems")}
              hint={t("events.form.relatedHint", { prefix: "xch_" })}
              rows={2}
              spellCheck="false"
            />
            {!base && (
              <FormTextField
                form={form}
                name="organiserCityId"
                spellCheck="false"
                label={t("events.form.organiserCity")}
                hint={t("events.form.organiserCityHint")}
              />
            )}
            <SubmitButton
              pending={form.formState.isSubmitting}
              pendingLabel={base ? t("events.form.saving") : t("events.form.creating")}
            >
              {base ? t("events.form.save") : t("events.form.create")}
            </SubmitButton>
          </form>
          {base && (
            <p>
              <Link to={`/events/${base.eventId}`}>{t("events.form.cancelEdit")}</Link>
            </p>
          )}
        </>
      )}
    </Page>
  );
}

export { EventFormPage as Component };
