import {
  observationFormSchema,
  SIGNAL_DIRECTIONS,
  SIGNAL_INTENSITIES,
  SIGNAL_THEMES,
} from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import {
  FormErrors,
  FormRadioGroup,
  FormSelectField,
  FormTextAreaField,
  FormTextField,
  useSchemaForm,
} from "../../ui/form/index.ts";
import { Page } from "../../ui/page.tsx";
import { SubmitButton } from "../../ui/submit-button.tsx";
import { useMe } from "../auth/index.ts";
import { useRecordObservation } from "./queries.ts";
import { themeName } from "./signal-words.ts";

const thisMonth = () => new Date().toISOString().slice(0, 7);

/** "Record an observation", with the rules on personal data stated above the form. */
export function RecordPage() {
  const { t } = useTranslation();
  const { me } = useMe();
  const navigate = useNavigate();
  const record = useRecordObservation();
  const form = useSchemaForm(
    observationFormSchema,
    {
      theme: "" as (typeof SIGNAL_THEMES)[number],
      area: "",
      period: thisMonth(),
      direction: "stable" as const,
      intensity: "medium" as const,
      note: "",
    },
    { idOf: (field) => `observation-${field}` },
  );
  const submit = form.onSubmit(async (observation) => {
    await record.mutateAsync(observation);
    await navigate("/signals/mine", { state: { flash: t("signals.record.saved") } });
  });
  const title = t("signals.record.title");
  return (
    <Page title={title}>
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
      {me && !me.cityId ? (
        <p>{t("signals.record.noCity")}</p>
      ) : (
        <form
          noValidate
          className="form"
          aria-label={title}
          onSubmit={(event) => void submit(event)}
        >
          <FormErrors form={form} />
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
          <SubmitButton
            pending={form.formState.isSubmitting}
            pendingLabel={t("signals.record.saving")}
          >
            {t("signals.record.save")}
          </SubmitButton>
        </form>
      )}
      <p>
        <Link to="/signals">{t("signals.picture.title")}</Link>
      </p>
    </Page>
  );
}

export { RecordPage as Component };
