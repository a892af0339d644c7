import { AUDIT_ACTIONS, type AuditAction } from "@alliance/core/web";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { SelectField, TextField } from "../../ui/fields.tsx";
import type { AuditFilters } from "./queries.ts";

const NAMES = ["actor", "object", "action", "from", "to"] as const;

/** The filters the URL carries: `?actor=…&object=…&action=…&from=…&to=…`. */
export function filtersFrom(params: URLSearchParams): AuditFilters {
  const filters: AuditFilters = {};
  for (const name of NAMES) {
    const value = params.get(name)?.trim();
    if (!value) continue;
    if (name === "action") {
      if ((AUDIT_ACTIONS as readonly string[]).includes(value))
        filters.action = value as AuditAction;
    } else filters[name] = value;
  }
  return filters;
}

/** The audit log's filter form; applying it puts the filters in the URL. */
export function AuditFiltersForm({
  initial,
  onApply,
}: {
  initial: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<(typeof NAMES)[number], string>>({
    actor: initial.actor ?? "",
    object: initial.object ?? "",
    action: initial.action ?? "",
    from: initial.from ?? "",
    to: initial.to ?? "",
  });
  const set = (name: (typeof NAMES)[number]) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [name]: event.target.value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(filtersFrom(new URLSearchParams(values)));
  };
  return (
    <form className="form filters-form" onSubmit={submit} aria-labelledby="audit-filters-title">
      <h2 id="audit-filters-title">{t("audit.filters.title")}</h2>
      <TextField
        id="audit-actor"
        label={t("audit.filters.actor")}
        hint={t("audit.filters.idHint")}
        value={values.actor}
        onChange={set("actor")}
      />
      <TextField
        id="audit-object"
        label={t("audit.filters.object")}
        hint={t("audit.filters.objectHint")}
        value={values.object}
        onChange={set("object")}
      />
      <SelectField
        id="audit-action"
        label={t("audit.filters.action")}
        value={values.action}
        onChange={set("action")}
      >
        <option value="">{t("audit.filters.anyAction")}</option>
        {AUDIT_ACTIONS.map((action) => (
          <option key={action} value={action}>
            {t(`audit.actions.${action}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        id="audit-from"
        type="date"
        label={t("audit.filters.from")}
        value={values.from}
        onChange={set("from")}
      />
      <TextField
        id="audit-to"
        type="date"
        label={t("audit.filters.to")}
        value={values.to}
        onChange={set("to")}
      />
      <p className="actions actions--row">
        <button type="submit" className="button">
          {t("audit.filters.apply")}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setValues({ actor: "", object: "", action: "", from: "", to: "" });
            onApply({});
          }}
        >
          {t("audit.filters.clear")}
        </button>
      </p>
    </form>
  );
}
