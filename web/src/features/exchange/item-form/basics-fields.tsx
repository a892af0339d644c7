import { ITEM_KINDS } from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import { FormSelectField, FormTextAreaField, FormTextField } from "../../../ui/form/index.ts";
import type { ItemForm } from "./item-form-type.ts";

/** What the item is: its kind, title, summary and description. */
export function BasicsFields({ form }: { form: ItemForm }) {
  const { t } = useTranslation();
  return (
    <>
      <FormSelectField
        form={form}
        name="kind"
        label={t("exchange.fields.kind")}
        hint={t("exchange.form.kindHint")}
      >
        {ITEM_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`exchange.kinds.${kind}`)}
          </option>
        ))}
      </FormSelectField>
      <FormTextField form={form} name="title" label={t("exchange.fields.title")} />
      <FormTextAreaField
        form={form}
        name="summary"
        label={t("exchange.fields.summary")}
        hint={t("exchange.form.summaryHint")}
        rows={3}
      />
      <FormTextAreaField
        form={form}
        name="description"
        label={t("exchange.fields.description")}
        hint={t("exchange.form.descriptionHint")}
        rows={10}
      />
    </>
  );
}
