import { VISIBILITIES } from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import { FormSelectField, FormTextField } from "../../../ui/form/index.ts";
import type { ItemForm } from "./item-form-type.ts";

/** How the item is found and who sees it: tags and visibility. */
export function SharingFields({ form }: { form: ItemForm }) {
  const { t } = useTranslation();
  return (
    <>
      <FormTextField
        form={form}
        name="tags"
        label={t("exchange.fields.tags")}
        hint={t("exchange.form.tagsHint")}
      />
      <FormSelectField form={form} name="visibility" label={t("exchange.fields.visibility")}>
        {VISIBILITIES.map((visibility) => (
          <option key={visibility} value={visibility}>
            {t(`exchange.visibilities.${visibility}`)}
          </option>
        ))}
      </FormSelectField>
    </>
  );
}
