import { useTranslation } from "react-i18next";
import { FormTextField } from "../../../ui/form/index.ts";
import type { ItemForm } from "./item-form-type.ts";

/** Whom other cities may contact about the item (members only see it). */
export function ContactFields({ form }: { form: ItemForm }) {
  const { t } = useTranslation();
  return (
    <fieldset className="field group">
      <legend>{t("exchange.item.contact")}</legend>
      <p className="field__hint">{t("exchange.form.contactHint")}</p>
      <FormTextField
        form={form}
        name="contactName"
        schemaPath="contact.name"
        label={t("exchange.fields.contactName")}
        autoComplete="off"
      />
      <FormTextField
        form={form}
        name="contactRole"
        schemaPath="contact.role"
        label={t("exchange.fields.contactRole")}
      />
      <FormTextField
        form={form}
        name="contactEmail"
        schemaPath="contact.email"
        type="email"
        label={t("exchange.fields.contactEmail")}
        autoComplete="off"
        spellCheck="false"
      />
    </fieldset>
  );
}
