import {
  type City,
  type CityPatch,
  cityPatchSchema,
  POPULATION_BANDS,
  THEMES,
} from "@alliance/core/web";
import type { FieldValues, Path } from "react-hook-form";
import { useTranslation } from "react-i18next";
import {
  FormCheckboxGroup,
  FormSelectField,
  FormTextAreaField,
  limitsAt,
  type Message,
  type SchemaForm,
} from "../../ui/form/index.ts";
import { useLanguageOptions } from "../exchange/index.ts";

/** The profile fields matching reads, as the editor holds them ("" and [] for unstated). */
export interface MatchingValues {
  populationBand: string;
  priorities: string[];
  challenges: string;
  languages: string[];
}

const MATCHING_FIELDS = ["populationBand", "priorities", "challenges", "languages"] as const;
type MatchingField = (typeof MATCHING_FIELDS)[number];
const isMatchingField = (field: string): field is MatchingField =>
  (MATCHING_FIELDS as readonly string[]).includes(field);

export const matchingValuesOf = (city: City): MatchingValues => ({
  populationBand: city.populationBand ?? "",
  priorities: [...city.priorities],
  challenges: city.challenges ?? "",
  languages: [...city.languages],
});

/** What the schema checks: an unstated field is `null` (cleared), as the API takes it. */
export const matchingInput = (values: MatchingValues) => ({
  populationBand: values.populationBand || null,
  priorities: values.priorities.length > 0 ? values.priorities : null,
  challenges: values.challenges.trim() || null,
  languages: values.languages.length > 0 ? values.languages : null,
});

/** The matching fields that differ from the city as loaded, for the patch. */
export function matchingChanges(city: City, values: MatchingValues): Partial<CityPatch> {
  const next = matchingInput(values);
  const before = matchingInput(matchingValuesOf(city));
  return Object.fromEntries(
    MATCHING_FIELDS.filter(
      (field) => JSON.stringify(next[field]) !== JSON.stringify(before[field]),
    ).map((field) => [field, next[field]]),
  ) as Partial<CityPatch>;
}

const limits = (field: MatchingField) => {
  const { min, max } = limitsAt(cityPatchSchema, field);
  return { ...(min !== undefined && { min }), ...(max !== undefined && { max }) };
};

/** The message of a failed check of a matching field, with the schema's limits; else null. */
export const matchingMessage = (field: string): Message | null =>
  isMatchingField(field) ? { key: `matching.errors.${field}`, values: limits(field) } : null;

/** The editor's fieldset for matching: size, priorities, challenges, languages. */
export function CityMatchingFields<Values extends FieldValues & MatchingValues>({
  form,
}: {
  form: SchemaForm<Values>;
}) {
  const { t } = useTranslation();
  const languageOptions = useLanguageOptions();
  const name = (field: MatchingField) => field as Path<Values>;
  return (
    <>
      <h3>{t("matching.fields.title")}</h3>
      <FormSelectField
        form={form}
        name={name("populationBand")}
        label={t("matching.fields.populationBand")}
      >
        <option value="">{t("matching.fields.populationBandNone")}</option>
        {POPULATION_BANDS.map((band) => (
          <option key={band} value={band}>
            {t(`matching.bands.${band}`)}
          </option>
        ))}
      </FormSelectField>
      <FormCheckboxGroup
        form={form}
        name={name("priorities")}
        legend={t("matching.fields.priorities")}
        hint={t("matching.fields.prioritiesHint", limits("priorities"))}
        columns
        options={THEMES.map((value) => ({ value, label: t(`exchange.themes.${value}`) }))}
      />
      <FormTextAreaField
        form={form}
        name={name("challenges")}
        label={t("matching.fields.challenges")}
        hint={t("matching.fields.challengesHint", limits("challenges"))}
        rows={3}
      />
      <FormCheckboxGroup
        form={form}
        name={name("languages")}
        legend={t("matching.fields.languages")}
        hint={t("matching.fields.languagesHint", limits("languages"))}
        columns
        options={languageOptions}
      />
    </>
  );
}
