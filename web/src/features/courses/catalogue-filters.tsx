import { useState, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { CheckboxGroup, SelectField } from "../../ui/fields.tsx";
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
  const wide = useWideScreen();
  // On a small screen the filters fold away, so the results are not pages down.
  const [open, setOpen] = useState(false);
  const title =
    active > 0 ? t("courses.filters.titleActive", { count: active }) : t("courses.filters.title");

  const label = (name: CatalogueFacet, value: string): string =>
    name === "theme"
      ? t(`exchange.themes.${value}`)
      : name === "level"
        ? t(`courses.levels.${value}`)
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
    <section aria-labelledby="filters-title" className="filters">
      <h2 id="filters-title">
        {wide ? (
          title
        ) : (
          <button
            type="button"
            className="filters__toggle"
            aria-expanded={open}
            aria-controls="filters-body"
            onClick={() => setOpen(!open)}
          >
            {title}
          </button>
        )}
      </h2>
      <div id="filters-body" hidden={!wide && !open}>
        {active > 0 && (
          <p>
            <button
              type="button"
              className="link-button link-button--inline"
              onClick={() => onChange({ ...filters, facets: emptyFacets(), duration: null })}
            >
              {t("courses.filters.clear")}
            </button>
          </p>
        )}
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
      </div>
    </section>
  );
}

const WIDE = "(min-width: 48rem)";

/** Whether the filters sit beside the results (the layout's breakpoint). */
function useWideScreen(): boolean {
  return useSyncExternalStore(
    (notify) => {
      const query = window.matchMedia(WIDE);
      query.addEventListener("change", notify);
      return () => query.removeEventListener("change", notify);
    },
    () => window.matchMedia(WIDE).matches,
  );
}
