import { POSITIONS, type Profile, UI_LOCALES, type UiLocale } from "@alliance/core/web";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { changeLocale, isUiLocale } from "../../i18n/index.ts";
import { ErrorSummary, type SummaryError } from "../../ui/error-summary.tsx";
import { SelectField, TextField } from "../../ui/fields.tsx";
import { describeRequestError } from "../../ui/query-error.tsx";
import { StatusMessage } from "../../ui/status.tsx";
import { SubmitButton } from "../../ui/submit-button.tsx";
import { CityOptions } from "./city-options.tsx";
import {
  changesFrom,
  type ProfileField,
  type ProfileFieldError,
  type ProfileFormValues,
  validateProfile,
  valuesOf,
} from "./profile-form-values.ts";
import { useUpdateProfile } from "./queries.ts";

type Errors = Partial<Record<ProfileField, ProfileFieldError>>;
type Notice = "saved" | "unchanged" | "reloaded" | null;

/**
 * Edits the profile as it was when the form opened (`base`): a background refresh
 * never replaces what the person typed, and the save sends base's version, so a
 * change made elsewhere meanwhile is a 412 that the person resolves, not an overwrite.
 */
export function ProfileForm({
  initial,
  reload,
}: {
  initial: Profile;
  reload: () => Promise<Profile>;
}) {
  const { t } = useTranslation();
  const update = useUpdateProfile();
  const [base, setBase] = useState(initial);
  const [values, setValues] = useState<ProfileFormValues>(() => valuesOf(initial));
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState<Notice>(null);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const conflictBox = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (conflict) conflictBox.current?.focus();
  }, [conflict]);

  const set = <K extends ProfileField>(field: K, value: ProfileFormValues[K]) => {
    const next = { ...values, [field]: value };
    setValues(next);
    setNotice(null);
    // Once a field has shown an error, re-check it as the person corrects it.
    if (errors[field]) setErrors({ ...errors, [field]: validateProfile(next)[field] });
  };

  const fail = (fieldErrors: Errors, message: string | null) => {
    setErrors(fieldErrors);
    setFormError(message);
    setAttempt((count) => count + 1);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending || reloading) return;
    setNotice(null);
    const invalid = validateProfile(values);
    if (Object.keys(invalid).length > 0) return fail(invalid, null);
    const patch = changesFrom(base, values);
    setErrors({});
    setFormError(null);
    if (Object.keys(patch).length === 0) return setNotice("unchanged");
    try {
      const saved = await update.mutateAsync({ patch, version: base.version });
      setBase(saved);
      setValues(valuesOf(saved));
      setConflict(false);
      setNotice("saved");
      if (patch.preferredLanguage) await changeLocale(saved.preferredLanguage);
    } catch (error) {
      if (error instanceof ApiError && error.status === 412) return setConflict(true);
      if (error instanceof ApiError && error.status === 400 && error.problem.errors?.length) {
        const rejected: Errors = {};
        for (const { field } of error.problem.errors) {
          if (field in values) rejected[field as ProfileField] = { key: "profile.errors.rejected" };
        }
        if (Object.keys(rejected).length > 0) return fail(rejected, null);
      }
      fail({}, describeRequestError(error, t));
    }
  };

  const reloadLatest = async () => {
    if (reloading) return;
    setReloading(true);
    try {
      const latest = await reload();
      setBase(latest);
      setValues(valuesOf(latest));
      setErrors({});
      setFormError(null);
      setConflict(false);
      setNotice("reloaded");
    } catch (error) {
      fail(errors, describeRequestError(error, t));
    } finally {
      setReloading(false);
    }
  };

  const message = (field: ProfileField) => {
    const error = errors[field];
    return error ? t(error.key, error.values) : undefined;
  };
  const summary: SummaryError[] = [
    ...(["displayName", "position", "cityId", "preferredLanguage"] as const).flatMap((field) => {
      const text = message(field);
      return text ? [{ fieldId: field, message: text }] : [];
    }),
    ...(formError ? [{ message: formError }] : []),
  ];

  return (
    <>
      <p>
        {t("profile.signedInAs", { username: base.username })}
        {base.roles.length > 0 &&
          ` ${t("profile.roles", { roles: base.roles.map((role) => t(`roles.${role}`)).join(", ") })}`}
      </p>
      <StatusMessage tone={update.isPaused ? "info" : "success"}>
        {update.isPaused
          ? t("profile.notice.offline")
          : notice
            ? t(`profile.notice.${notice}`)
            : undefined}
      </StatusMessage>
      {conflict && (
        <div ref={conflictBox} className="notice notice--warning" tabIndex={-1} role="alert">
          <h2>{t("profile.conflict.title")}</h2>
          <p>{t("profile.conflict.body")}</p>
          <button
            type="button"
            className="button"
            aria-disabled={reloading || undefined}
            onClick={reloadLatest}
          >
            {reloading ? t("profile.conflict.reloading") : t("profile.conflict.reload")}
          </button>
        </div>
      )}
      <ErrorSummary errors={summary} attempt={attempt} />
      <form noValidate className="form" onSubmit={submit}>
        <TextField
          id="displayName"
          label={t("profile.displayName.label")}
          hint={t("profile.displayName.hint")}
          value={values.displayName}
          error={message("displayName")}
          onChange={(event) => set("displayName", event.target.value)}
          autoComplete="name"
          maxLength={120}
          required
        />
        <SelectField
          id="position"
          label={t("profile.position.label")}
          value={values.position}
          error={message("position")}
          onChange={(event) => set("position", event.target.value as ProfileFormValues["position"])}
        >
          <option value="">{t("profile.position.none")}</option>
          {POSITIONS.map((position) => (
            <option key={position} value={position}>
              {t(`positions.${position}`)}
            </option>
          ))}
        </SelectField>
        <CityOptions
          value={values.cityId}
          error={message("cityId")}
          onChange={(cityId) => set("cityId", cityId)}
        />
        <SelectField
          id="preferredLanguage"
          label={t("profile.language.label")}
          hint={t("profile.language.hint")}
          value={values.preferredLanguage}
          error={message("preferredLanguage")}
          onChange={(event) => {
            if (isUiLocale(event.target.value)) set("preferredLanguage", event.target.value);
          }}
        >
          {UI_LOCALES.map((locale: UiLocale) => (
            <option key={locale} value={locale} lang={locale}>
              {t(`language.names.${locale}`)}
            </option>
          ))}
        </SelectField>
        <SubmitButton pending={update.isPending} pendingLabel={t("profile.saving")}>
          {t("profile.save")}
        </SubmitButton>
      </form>
    </>
  );
}
