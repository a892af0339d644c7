import type { CataloguePage, CourseLevel, Theme } from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import { withFacetValue } from "../../../ui/facet-params.ts";
import { CheckboxGroup, SelectField } from "../../../ui/fields.tsx";
import { FiltersPanel as Panel } from "../../../ui/filters-panel.tsx";
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
 * applies at once. Each value says how many courses it would give, once the first
 * page is in. Of the many languages only those of some course (or chosen) are listed,
 * last and in alphabetical order.
 */
export function FiltersPanel({
  filters,
  page,
  onChange,
}: {
  filters: CatalogueFilters;
  /** The first page of results, whose facet counts the options show. */
  page: CataloguePage | undefined;
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

  const toggle = (name: CatalogueFacet, value: string, checked: boolean) =>
    onChange(withFacetValue(filters, name, value, checked));

  const group = (name: CatalogueFacet) => {
    const counts: Record<string, number | undefined> = page?.facets[name] ?? {};
    const selected = filters.facets[name];
    const inUse = (value: string) => (counts[value] ?? 0) > 0 || selected.includes(value);
    const values = name === "language" ? FACET_VALUES[name].filter(inUse) : FACET_VALUES[name];
    // Before the counts arrive there is nothing to say which languages are in use.
    if (values.length === 0) return null;
    const unsorted = values.map((value) => ({
      value,
      label: label(name, value),
      extra: page ? t("courses.filters.count", { value: counts[value] ?? 0 }) : undefined,
    }));
    const options = name === "language" ? labels.byLabel(unsorted) : unsorted;
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
