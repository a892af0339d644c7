import {
  type ContentLanguage,
  type EvidenceLevel,
  type Item,
  type ItemFields,
  type ItemKind,
  itemFieldsSchema,
  type Stakeholder,
  type TargetGroup,
  type Theme,
  type Visibility,
} from "@alliance/core/web";
import {
  checkValues,
  limitsAt,
  type Message,
  type SchemaFormOptions,
} from "../../ui/form/index.ts";
import { fieldId, fieldName, pathOf, READINESS_FIELDS } from "./field-paths.ts";

export { fieldId, fieldLabelKey, READINESS_FIELDS } from "./field-paths.ts";

/** What the form holds: strings for inputs, lists for checkboxes. */
export interface ItemFormValues {
  kind: ItemKind;
  title: string;
  summary: string;
  description: string;
  themes: Theme[];
  targetGroups: TargetGroup[];
  stakeholders: Stakeholder[];
  languages: ContentLanguage[];
  periodStart: string;
  periodEnd: string;
  ongoing: boolean;
  evidenceLevel: EvidenceLevel;
  outcomes: string;
  contactName: string;
  contactRole: string;
  contactEmail: string;
  links: { label: string; url: string }[];
  /** Comma-separated, as typed. */
  tags: string;
  visibility: Visibility;
}

export const EMPTY_VALUES: ItemFormValues = {
  kind: "initiative",
  title: "",
  summary: "",
  description: "",
  themes: [],
  targetGroups: [],
  stakeholders: [],
  languages: [],
  periodStart: "",
  periodEnd: "",
  ongoing: true,
  evidenceLevel: "none",
  outcomes: "",
  contactName: "",
  contactRole: "",
  contactEmail: "",
  links: [],
  tags: "",
  visibility: "public",
};

export function valuesOf(item: Item): ItemFormValues {
  return {
    kind: item.kind,
    title: item.title,
    summary: item.summary,
    description: item.description,
    themes: item.themes,
    targetGroups: item.targetGroups,
    stakeholders: item.stakeholders,
    languages: item.languages,
    periodStart: item.period.start ?? "",
    periodEnd: item.period.end ?? "",
    ongoing: item.period.ongoing,
    evidenceLevel: item.evidenceLevel,
    outcomes: item.outcomes,
    contactName: item.contact?.name ?? "",
    contactRole: item.contact?.role ?? "",
    contactEmail: item.contact?.email ?? "",
    links: item.links,
    tags: item.tags.join(", "),
    visibility: item.visibility,
  };
}

/** The item's fields as the API takes them. */
export function fieldsOf(values: ItemFormValues): ItemFields {
  return {
    kind: values.kind,
    title: values.title.trim(),
    summary: values.summary.trim(),
    description: values.description,
    themes: values.themes,
    targetGroups: values.targetGroups,
    stakeholders: values.stakeholders,
    languages: values.languages,
    period: {
      start: values.periodStart || null,
      end: values.ongoing ? null : values.periodEnd || null,
      ongoing: values.ongoing,
    },
    evidenceLevel: values.evidenceLevel,
    outcomes: values.outcomes,
    contact: {
      name: values.contactName.trim(),
      role: values.contactRole.trim(),
      email: values.contactEmail.trim(),
    },
    links: values.links
      .map((link) => ({ label: link.label.trim(), url: link.url.trim() }))
      .filter((link) => link.label || link.url),
    tags: [
      ...new Set(
        values.tags
          .split(",")
          .map((tag) => tag.trim().toLowerCase())
          .filter(Boolean),
      ),
    ],
    visibility: values.visibility,
  };
}

export type ItemFormErrors = Record<string, Message>;

/** How the form meets core's item schema; messages are keys (core's words are English). */
export const ITEM_CHECKS: SchemaFormOptions<ItemFormValues> = {
  toInput: fieldsOf,
  fieldOf: fieldName,
  messageOf: (field, issue, values) => messageFor(field, issue, values),
};

/** Checks the form with core's own schema, so the browser and the API agree. */
export function validateItem(values: ItemFormValues): ItemFormErrors {
  return checkValues(itemFieldsSchema, values, ITEM_CHECKS).errors;
}

/** The schema's limits of a field, for its message. */
function bounds(field: string): Record<string, number> {
  const { min, max } = limitsAt(itemFieldsSchema, pathOf(field));
  return { ...(min !== undefined && { min }), ...(max !== undefined && { max }) };
}

function messageFor(id: string, issue: { code: string }, values: ItemFormValues): Message {
  if (id === "title") return { key: "exchange.errors.title", values: bounds(id) };
  if (["summary", "description", "outcomes", "contactName", "contactRole"].includes(id)) {
    return { key: "exchange.errors.tooLong", values: { max: bounds(id).max ?? 0 } };
  }
  if (id === "periodEnd") {
    return {
      key: values.ongoing ? "exchange.errors.endOngoing" : "exchange.errors.endBeforeStart",
    };
  }
  if (id === "periodStart") return { key: "exchange.errors.date" };
  if (id === "contactEmail") return { key: "exchange.errors.email" };
  if (id.startsWith("links.") && id.endsWith(".url")) return { key: "exchange.errors.linkUrl" };
  if (id.startsWith("links.")) return { key: "exchange.errors.linkLabel" };
  if (id === "links") return { key: "exchange.errors.links", values: { max: bounds(id).max ?? 0 } };
  if (id === "tags") return { key: "exchange.errors.tags", values: { max: bounds(id).max ?? 0 } };
  if (issue.code === "too_big") return { key: "exchange.errors.tooMany" };
  return { key: "exchange.errors.invalid" };
}

/** The message for a field the API named in a 400: its own words for readiness, else generic. */
export function serverError(path: string, code: string | null): Message {
  if (code === "incomplete-item" && (READINESS_FIELDS as readonly string[]).includes(path)) {
    return { key: `exchange.errors.ready.${fieldId(path)}` };
  }
  return { key: "exchange.errors.rejected" };
}
