import { POSITIONS, type Profile, profilePatchSchema, UI_LOCALES } from "@alliance/core/web";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { changeLocale } from "../../i18n/index.ts";
import { ConflictNotice } from "../../ui/conflict-notice.tsx";
import {
  FormErrors,
  FormSelectField,
  FormTextField,
  useOnEdit,
  useSchemaForm,
} from "../../ui/form/index.ts";
import { StatusMessage } from "../../ui/status.tsx";
import { SubmitButton } from "../../ui/submit-button.tsx";
import { CityOptions } from "./city-options.tsx";
import { changesFrom, PROFILE_CHECKS, valuesOf } from "./profile-form-values.ts";
import { useUpdateProfile } from "./queries.ts";

type ProfileNotice = "saved" | "unchanged" | "reloaded" | null;

/**
 * The profile form. It edits the profile as it was when the form opened (`base`):
 * a background refresh never replaces what the person typed, and Save sends base's
 * version, so a change made elsewhere meanwhile is a 412 that the person resolves
 * (the notice, then Reload), never a silent overwrite.
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
  const [notice, setNotice] = useState<ProfileNotice>(null);
  const form = useSchemaForm(profilePatchSchema, valuesOf(initial), PROFILE_CHECKS);
  const roles = base.roles.map((role) => t(`roles.${role}`)).join(", ");

  // A notice speaks of the last save or reload: typing makes it old news.
  useOnEdit(form, () => setNotice(null));

  const startFrom = (profile: Profile, next: ProfileNotice) => {
    setBase(profile);
    form.reset(valuesOf(profile));
    setNotice(next);
  };

  const submit = form.onSubmit(
    async (_checked, values) => {
      setNotice(null);
      const patch = changesFrom(base, values);
      if (Object.keys(patch).length === 0) return setNotice("unchanged");
      const saved = await update.mutateAsync({ patch, version: base.version });
      startFrom(saved, "saved");
      if (patch.preferredLanguage) await changeLocale(saved.preferredLanguage);
    },
    {
      // Made a contributor since this page loaded: the city is an administrator's to set.
      refusals: { "city-assigned": { field: "cityId", key: "profile.city.assigned" } },
      fieldOf: (path) => (path in valuesOf(base) ? path : null),
      rejected: () => ({ key: "profile.errors.rejected" }),
    },
  );

  return (
    <>
      <p>
        {t("profile.signedInAs", { username: base.username })}
        {roles && ` ${t("profile.roles", { roles })}`}
      </p>
      <StatusMessage tone={update.isPaused ? "info" : "success"}>
        {update.isPaused
          ? t("profile.notice.offline")
          : notice
            ? t(`profile.notice.${notice}`)
            : undefined}
      </StatusMessage>
      {form.conflict && (
        <ConflictNotice
          title={t("profile.conflict.title")}
          body={t("profile.conflict.body")}
          reloadLabel={t("profile.conflict.reload")}
          reloadingLabel={t("profile.conflict.reloading")}
          reloading={form.reloading}
          onReload={() => void form.reload(reload, (latest) => startFrom(latest, "reloaded"))}
        />
      )}
      <FormErrors form={form} />
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        <FormTextField
          form={form}
          name="displayName"
          label={t("profile.displayName.label")}
          hint={t("profile.displayName.hint")}
          autoComplete="name"
        />
        <FormSelectField form={form} name="position" label={t("profile.position.label")}>
          <option value="">{t("profile.position.none")}</option>
          {POSITIONS.map((position) => (
            <option key={position} value={position}>
              {t(`positions.${position}`)}
            </option>
          ))}
        </FormSelectField>
        <CityOptions form={form} locked={base.roles.includes("contributor")} />
        <FormSelectField
          form={form}
          name="preferredLanguage"
          label={t("profile.language.label")}
          hint={t("profile.language.hint")}
        >
          {UI_LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {t(`language.names.${locale}`)}
            </option>
          ))}
        </FormSelectField>
        <SubmitButton pending={form.formState.isSubmitting} pendingLabel={t("profile.saving")}>
          {t("profile.save")}
        </SubmitButton>
      </form>
    </>
  );
}
