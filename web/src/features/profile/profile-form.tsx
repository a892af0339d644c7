import { POSITIONS, type Profile, UI_LOCALES } from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import { isUiLocale } from "../../i18n/index.ts";
import { ConflictNotice } from "../../ui/conflict-notice.tsx";
import { ErrorSummary } from "../../ui/error-summary.tsx";
import { SelectField, TextField } from "../../ui/fields.tsx";
import { StatusMessage } from "../../ui/status.tsx";
import { SubmitButton } from "../../ui/submit-button.tsx";
import { CityOptions } from "./city-options.tsx";
import type { ProfileFormValues } from "./profile-form-values.ts";
import { useProfileEditor } from "./use-profile-editor.ts";

/** The profile form; its state and the save rules live in useProfileEditor. */
export function ProfileForm({
  initial,
  reload,
}: {
  initial: Profile;
  reload: () => Promise<Profile>;
}) {
  const { t } = useTranslation();
  const editor = useProfileEditor(initial, reload);
  const { base, values, set, message } = editor;
  const roles = base.roles.map((role) => t(`roles.${role}`)).join(", ");

  return (
    <>
      <p>
        {t("profile.signedInAs", { username: base.username })}
        {roles && ` ${t("profile.roles", { roles })}`}
      </p>
      <StatusMessage tone={editor.waitingForNetwork ? "info" : "success"}>
        {editor.waitingForNetwork
          ? t("profile.notice.offline")
          : editor.notice
            ? t(`profile.notice.${editor.notice}`)
            : undefined}
      </StatusMessage>
      {editor.conflict && (
        <ConflictNotice
          title={t("profile.conflict.title")}
          body={t("profile.conflict.body")}
          reloadLabel={t("profile.conflict.reload")}
          reloadingLabel={t("profile.conflict.reloading")}
          reloading={editor.reloading}
          onReload={editor.reloadLatest}
        />
      )}
      <ErrorSummary errors={editor.summary} attempt={editor.attempt} />
      <form noValidate className="form" onSubmit={editor.submit}>
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
          locked={base.roles.includes("contributor")}
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
          {UI_LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {t(`language.names.${locale}`)}
            </option>
          ))}
        </SelectField>
        <SubmitButton pending={editor.saving} pendingLabel={t("profile.saving")}>
          {t("profile.save")}
        </SubmitButton>
      </form>
    </>
  );
}
