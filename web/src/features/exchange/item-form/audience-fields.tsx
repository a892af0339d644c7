import { STAKEHOLDERS, TARGET_GROUPS, THEMES } from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import { FormCheckboxGroup } from "../../../ui/form/index.ts";
import { useLanguageOptions } from "../labels.ts";
import type { ItemForm } from "./item-form-type.ts";

/** Whom and what the item is about: themes, target groups, stakeholders, languages. */
export function AudienceFields({ form }: { form: ItemForm }) {
  const { t } = useTranslation();
  const languageOptions = useLanguageOptions();
  return (
    <>
      <FormCheckboxGroup
        form={form}
        name="themes"
        legend={t("exchange.fields.themes")}
        hint={t("exchange.form.themesHint")}
        columns
        options={THEMES.map((value) => ({ value, label: t(`exchange.themes.${value}`) }))}
      />
      <FormCheckboxGroup
        form={form}
        name="targetGroups"
        legend={t("exchange.fields.targetGroups")}
        columns
        options={TARGET_GROUPS.map((value) => ({
          value,
          label: t(`exchange.targetGroups.${value}`),
        }))}
      />
      <FormCheckboxGroup
        form={form}
        name="stakeholders"
        legend={t("exchange.fields.stakeholders")}
        columns
        options={STAKEHOLDERS.map((value) => ({
          value,
          label: t(`exchange.stakeholders.${value}`),
        }))}
      />
      <FormCheckboxGroup
        form={form}
        name="languages"
        legend={t("exchange.fields.languages")}
        hint={t("exchange.form.languagesHint")}
        columns
        options={languageOptions}
      />
    </>
  );
}
