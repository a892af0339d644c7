import { useTranslation } from "react-i18next";
import { useCountryName } from "../../ui/country-name.ts";
import { SelectField } from "../../ui/fields.tsx";
import { FiltersPanel } from "../../ui/filters-panel.tsx";
import { useLabels } from "../exchange/index.ts";
import {
  activeFilterCount,
  CATALOGUE_FILTERS,
  type CatalogueFilter,
  type CatalogueFilters,
  FILTER_NAMES,
} from "./catalogue-params.ts";

/**
 * Upcoming or past, then one select per filter the API takes (type, theme, language,
 * country, online or in person); each change applies at once and goes into the URL.
 */
export function CatalogueFiltersPanel({
  filters,
  onChange,
}: {
  filters: CatalogueFilters;
  onChange: (next: CatalogueFilters) => void;
}) {
  const { t, i18n } = useTranslation();
  const { language } = useLabels();
  const country = useCountryName();
  const active = activeFilterCount(filters);
  const collator = new Intl.Collator(i18n.resolvedLanguage ?? i18n.language);

  const label = (name: CatalogueFilter, value: string): string => {
    switch (name) {
      case "type":
        return t(`events.types.${value}`);
      case "theme":
        return t(`exchange.themes.${value}`);
      case "language":
        return language(value);
      case "country":
        return country(value);
      case "format":
        return t(`events.formats.${value}`);
    }
  };

  const options = (name: CatalogueFilter) => {
    const list = CATALOGUE_FILTERS[name].map((value) => ({ value, label: label(name, value) }));
    if (name === "language" || name === "country") {
      list.sort((a, b) => collator.compare(a.label, b.label));
    }
    return list;
  };

  return (
    <FiltersPanel
      title={
        active > 0 ? t("events.filters.titleActive", { count: active }) : t("events.filters.title")
      }
      active={active}
      clearLabel={t("events.filters.clear")}
      onClear={() => onChange({ ...filters, chosen: {} })}
    >
      <SelectField
        id="event-when"
        label={t("events.filters.when")}
        value={filters.when}
        onChange={(event) =>
          onChange({ ...filters, when: event.target.value === "past" ? "past" : "upcoming" })
        }
      >
        <option value="upcoming">{t("events.filters.upcoming")}</option>
        <option value="past">{t("events.filters.past")}</option>
      </SelectField>
      {FILTER_NAMES.map((name) => (
        <SelectField
          key={name}
          id={`event-${name}`}
          label={t(`events.filters.${name}`)}
          value={filters.chosen[name] ?? ""}
          onChange={(event) => {
            const chosen = { ...filters.chosen };
            if (event.target.value) chosen[name] = event.target.value;
            else delete chosen[name];
            onChange({ ...filters, chosen });
          }}
        >
          <option value="">{t("events.filters.any")}</option>
          {options(name).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
      ))}
    </FiltersPanel>
  );
}
