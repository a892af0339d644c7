import {
  type ObservationForm,
  SCREEN_REASONS,
  SIGNAL_DIRECTIONS,
  SIGNAL_INTENSITIES,
  SIGNAL_THEMES,
} from "@alliance/core/web";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import {
  FormErrors,
  FormRadioGroup,
  FormSelectField,
  FormTextAreaField,
  FormTextField,
  type Message,
  type ProblemHandling,
  type SchemaForm,
} from "../../ui/form/index.ts";
import { SubmitButton } from "../../ui/submit-button.tsx";
import { themeName } from "./signal-words.ts";

/** The rules on personal data, stated above every observation form. */
export function SignalRules() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="signal-rules" className="callout">
      <h2 id="signal-rules">{t("signals.rules.title")}</h2>
      <p>{t("signals.rules.trends")}</p>
      <ul>
        <li>{t("signals.rules.noPeople")}</li>
        <li>{t("signals.rules.area")}</li>
        <li>{t("signals.rules.review")}</li>
        <li>{t("signals.rules.retention")}</li>
        <li>{t("signals.rules.picture")}</li>
      </ul>
    </section>
  );
}

const REASONS: readonly string[] = SCREEN_REASONS;

/**
 * Why the API refused a field: the personal-data screen names its reason in brackets
 * at the end of its message (`… (phone)`), said here in the reader's language.
 */
export function screenedMessage(code: string | null, said: string): Message {
  const reason = /\(([a-z-]+)\)$/.exec(said)?.[1];
  if (code === "personal-data" && reason && REASONS.includes(reason)) {
    return { key: `signals.screen.${reason}` };
  }
  return { key: "form.rejected" };
}

export const observationProblems: ProblemHandling = {
  rejected: (_field, _path, code, said) => screenedMessage(code, said),
};

/** The fields of an observation, for recording one and for editing it. */
export function ObservationFields({ form }: { form: SchemaForm<ObservationForm> }) {
  const { t } = useTranslation();
  return (
    <>
      <FormSelectField form={form} name="theme" label={t("signals.fields.theme")}>
        <option value="">{t("signals.record.chooseTheme")}</option>
        {SIGNAL_THEMES.map((theme) => (
          <option key={theme} value={theme}>
            {themeName(t, theme)}
          </option>
        ))}
      </FormSelectField>
      <FormTextField
        form={form}
        name="area"
        label={t("signals.fields.area")}
        hint={t("signals.record.areaHint")}
      />
      <FormTextField
        form={form}
        name="period"
        type="month"
        label={t("signals.fields.period")}
        hint={t("signals.record.periodHint")}
      />
      <FormRadioGroup
        form={form}
        name="direction"
        legend={t("signals.fields.direction")}
        options={SIGNAL_DIRECTIONS.map((value) => ({
          value,
          label: t(`signals.directions.${value}`),
        }))}
      />
      <FormRadioGroup
        form={form}
        name="intensity"
        legend={t("signals.fields.intensity")}
        options={SIGNAL_INTENSITIES.map((value) => ({
          value,
          label: t(`signals.intensities.${value}`),
        }))}
      />
      <FormTextAreaField
        form={form}
        name="note"
        label={t("signals.fields.note")}
        hint={t("signals.record.noteHint")}
        rows={5}
      />
    </>
  );
}

/** The observation form as recording and editing both show it: errors, fields, one button. */
export function ObservationFormView({
  form,
  title,
  saveLabel,
  onSubmit,
}: {
  form: SchemaForm<ObservationForm>;
  title: string;
  saveLabel: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
}) {
  const { t } = useTranslation();
  return (
    <form noValidate className="form" aria-label={title} onSubmit={(event) => void onSubmit(event)}>
      <FormErrors form={form} />
      <ObservationFields form={form} />
      <SubmitButton pending={form.formState.isSubmitting} pendingLabel={t("signals.record.saving")}>
        {saveLabel}
      </SubmitButton>
    </form>
  );
}
