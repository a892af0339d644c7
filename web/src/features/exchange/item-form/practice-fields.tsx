import { EVIDENCE_LEVELS } from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import { FormSelectField, FormTextAreaField, FormTextField } from "../../../ui/form/index.ts";
import type { ItemForm } from "./item-form-type.ts";

/** When it ran, and what is known of its effect. */
export function PracticeFields({ form }: { form: ItemForm }) {
  const { t } = useTranslation();
  const ongoing = form.watch("ongoing");
  return (
    <>
      <fieldset className="field group">
        <legend>{t("exchange.item.period")}</legend>
        <FormTextField
          form={form}
          name="periodStart"
          schemaPath="period.start"
          type="date"
          label={t("exchange.fields.periodStart")}
        />
        <div className="checkbox checkbox--inline">
          <input type="checkbox" id="ongoing" {...form.register("ongoing")} />
          <label htmlFor="ongoing">{t("exchange.fields.ongoing")}</label>
        </div>
        {!ongoing && (
          <FormTextField
            form={form}
            name="periodEnd"
            schemaPath="period.end"
            type="date"
            label={t("exchange.fields.periodEnd")}
          />
        )}
      </fieldset>
      <FormSelectField
        form={form}
        name="evidenceLevel"
        label={t("exchange.fields.evidenceLevel")}
        hint={t("exchange.form.evidenceHint")}
      >
        {EVIDENCE_LEVELS.map((level) => (
          <option key={level} value={level}>
            {t(`exchange.evidence.${level}`)}
          </option>
        ))}
      </FormSelectField>
      <FormTextAreaField
        form={form}
        name="outcomes"
        label={t("exchange.fields.outcomes")}
        hint={t("exchange.form.outcomesHint")}
        rows={5}
      />
    </>
  );
}
