import {
  DELIVERIES,
  NOTIFICATION_KINDS,
  type NotificationPreferences,
  notificationPreferencesSchema,
} from "@alliance/core/web";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrors, FormRadioGroup, useSchemaForm } from "../../ui/form/index.ts";
import { QueryFallback, StatusMessage } from "../../ui/status.tsx";
import { SubmitButton } from "../../ui/submit-button.tsx";
import { notificationQueries, useSavePreferences } from "./queries.ts";

/**
 * The profile's e-mail choices: per kind immediately, in a daily digest, or not at
 * all (the inbox always has every notification). The API takes every kind at once and
 * has no version (decision 0062): the last save wins, which is what its owner last chose.
 */
export function NotificationPreferencesSection() {
  const { t } = useTranslation();
  const preferences = useQuery(notificationQueries.preferences());
  return (
    <section aria-labelledby="email-notifications" className="manage">
      <h2 id="email-notifications" tabIndex={-1}>
        {t("notifications.preferences.title")}
      </h2>
      <p>{t("notifications.preferences.intro")}</p>
      {preferences.data ? (
        <PreferencesForm initial={preferences.data} />
      ) : (
        <QueryFallback query={preferences} label={t("notifications.preferences.loading")} />
      )}
    </section>
  );
}

function PreferencesForm({ initial }: { initial: NotificationPreferences }) {
  const { t } = useTranslation();
  const save = useSavePreferences();
  const [saved, setSaved] = useState(false);
  const form = useSchemaForm(notificationPreferencesSchema, initial, {
    idOf: (field) => `delivery-${field}`,
  });
  const options = DELIVERIES.map((delivery) => ({
    value: delivery,
    label: t(`notifications.preferences.deliveries.${delivery}`),
  }));
  // What is chosen stays in the form whatever the answer; a save replaces it with what
  // the API stored.
  const submit = form.onSubmit(async (choices) => {
    setSaved(false);
    form.reset(await save.mutateAsync(choices));
    setSaved(true);
  });

  return (
    <>
      <StatusMessage>{saved ? t("notifications.preferences.saved") : undefined}</StatusMessage>
      <FormErrors form={form} />
      <form noValidate className="form delivery-choices" onSubmit={(event) => void submit(event)}>
        {NOTIFICATION_KINDS.map((kind) => (
          <FormRadioGroup
            key={kind}
            form={form}
            name={kind}
            legend={t(`notifications.preferences.kinds.${kind}`)}
            options={options}
          />
        ))}
        <SubmitButton
          pending={form.formState.isSubmitting}
          pendingLabel={t("notifications.preferences.saving")}
        >
          {t("notifications.preferences.save")}
        </SubmitButton>
      </form>
    </>
  );
}
