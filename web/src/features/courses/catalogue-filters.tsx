import type { CourseLevel, Theme } from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import { CheckboxGroup, SelectField } from "../../ui/fields.tsx";
import { FiltersPanel as Panel } from "../../ui/filters-panel.tsx";
import {
  activeFilterCount,
  CATALOGUE_FACETS,
  type CatalogueFacet,
  type CatalogueFilters,
  DURATION_NAMES,
  emptyFacets,
  FACET_VALUES,
} from "./catalogue-params.ts";
import { useCourseLabels } from "./labels.ts";

/**
 * Theme, level and language as checkbox groups, duration as a select; each change
 * applies at once. Languages are many, so they come last and in alphabetical order.
 */
export function FiltersPanel({
  filters,
  onChange,
}: {
  filters: CatalogueFilters;
  onChange: (next: CatalogueFilters) => void;
}) {
  const { t } = useTranslation();
  const labels = useCourseLabels();
  const active = activeFilterCount(filters);
  const title =
    active > 0 ? t("courses.filters.titleActive", { count: active }) : t("courses.filters.title");

  const label = (name: CatalogueFacet, value: string): string =>
    name === "theme"
      ? labels.theme(value as Theme)
      : name === "level"
        ? labels.level(value as CourseLevel)
        : labels.language(value);

  const toggle = (name: CatalogueFacet, value: string, checked: boolean) => {
    const current = filters.facets[name];
    const values = checked ? [...current, value] : current.filter((v) => v !== value);
    onChange({ ...filters, facets: { ...filters.facets, [name]: values } });
  };

  const group = (name: CatalogueFacet) => {
    const options = FACET_VALUES[name].map((value) => ({ value, label: label(name, value) }));
    if (name === "language") options.sort((a, b) => a.label.localeCompare(b.label));
    return (
      <CheckboxGroup
        key={name}
        id={`course-${name}`}
        legend={t(`courses.filters.${name}`)}
        options={options}
        selected={filters.facets[name]}
        onToggle={(value, checked) => toggle(name, value, checked)}
      />
    );
  };

  return (
    <Panel
      title={title}
      active={active}
      clearLabel={t("courses.filters.clear")}
      onClear={() => onChange({ ...filters, facets: emptyFacets(), duration: null })}
    >
      {CATALOGUE_FACETS.filter((name) => name !== "language").map(group)}
      <SelectField
        id="course-duration"
        label={t("courses.filters.duration")}
        value={filters.duration ?? ""}
        onChange={(event) => {
          const duration = DURATION_NAMES.find((name) => name === event.target.value) ?? null;
          onChange({ ...filters, duration });
        }}
      >
        <option value="">{t("courses.filters.durations.any")}</option>
        {DURATION_NAMES.map((name) => (
          <option key={name} value={name}>
            {t(`courses.filters.durations.${name}`)}
          </option>
        ))}
      </SelectField>
      {group("language")}
    </Panel>
  );
}
