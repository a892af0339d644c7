import type { Profile } from "@alliance/core/web";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { changeLocale } from "../../i18n/index.ts";
import { describeRequestError } from "../../ui/query-error.tsx";
import { useEditorFeedback } from "../../ui/use-editor-feedback.ts";
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
export type ProfileNotice = "saved" | "unchanged" | "reloaded" | null;
const FIELDS = ["displayName", "position", "cityId", "preferredLanguage"] as const;

/**
 * State of the profile form. It edits the profile as it was when the form opened
 * (`base`): a background refresh never replaces what the person typed, and Save
 * sends base's version, so a change made elsewhere meanwhile is a 412 that the
 * person resolves (`conflict`, then `reloadLatest`), never a silent overwrite.
 */
export function useProfileEditor(initial: Profile, reload: () => Promise<Profile>) {
  const { t } = useTranslation();
  const update = useUpdateProfile();
  const [base, setBase] = useState(initial);
  const [values, setValues] = useState<ProfileFormValues>(() => valuesOf(initial));
  const [notice, setNotice] = useState<ProfileNotice>(null);
  const feedback = useEditorFeedback<ProfileField>();
  const { errors, setErrors, fail, reloading } = feedback;

  const startFrom = (profile: Profile, next: ProfileNotice) => {
    setBase(profile);
    setValues(valuesOf(profile));
    feedback.settle();
    setNotice(next);
  };

  const set = <K extends ProfileField>(field: K, value: ProfileFormValues[K]) => {
    const next = { ...values, [field]: value };
    setValues(next);
    setNotice(null);
    // Once a field has shown an error, re-check it as the person corrects it.
    if (errors[field]) setErrors({ ...errors, [field]: validateProfile(next)[field] });
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending || reloading) return;
    setNotice(null);
    const invalid = validateProfile(values);
    if (Object.keys(invalid).length > 0) return fail(invalid, null);
    feedback.clearErrors();
    const patch = changesFrom(base, values);
    if (Object.keys(patch).length === 0) return setNotice("unchanged");
    try {
      const saved = await update.mutateAsync({ patch, version: base.version });
      startFrom(saved, "saved");
      if (patch.preferredLanguage) await changeLocale(saved.preferredLanguage);
    } catch (error) {
      if (error instanceof ApiError && error.status === 412) return feedback.setConflict(true);
      const rejected: Errors = {};
      // Made a contributor since this page loaded: the city is an administrator's to set.
      if (error instanceof ApiError && error.problem.code === "city-assigned") {
        rejected.cityId = { key: "profile.city.assigned" };
      }
      if (error instanceof ApiError && error.status === 400) {
        for (const { field } of error.problem.errors ?? []) {
          if (field in values) rejected[field as ProfileField] = { key: "profile.errors.rejected" };
        }
      }
      if (Object.keys(rejected).length > 0) fail(rejected, null);
      else fail({}, describeRequestError(error, t));
    }
  };

  const reloadLatest = () => feedback.reload(reload, (latest) => startFrom(latest, "reloaded"));

  return {
    base,
    values,
    set,
    submit,
    message: feedback.message,
    summary: feedback.summary(FIELDS),
    attempt: feedback.attempt,
    notice,
    conflict: feedback.conflict,
    reloading,
    reloadLatest,
    saving: update.isPending,
    /** Offline: the save waits for the connection and then goes out by itself. */
    waitingForNetwork: update.isPaused,
  };
}
