import type { Item, ItemFields, Revision } from "@alliance/core/web";
import { diffWords } from "diff";
import { useTranslation } from "react-i18next";
import { contentLanguage } from "./item-card.tsx";
import { useLabels } from "./labels.ts";

/** Fields whose changes are read word by word; the others are compared whole. */
const TEXTS = ["title", "summary", "description", "outcomes"] as const;
type TextField = (typeof TEXTS)[number];

interface Change {
  field: string;
  label: string;
  before: string;
  after: string;
  words: boolean;
}

/** Each field the revision changes, published against proposed, in the order of the form. */
function useChanges(item: Item, revision: Revision): Change[] {
  const { t } = useTranslation();
  const labels = useLabels();
  const list = (values: readonly string[], label: (value: string) => string) =>
    values.length > 0 ? values.map(label).join(", ") : t("exchange.item.notGiven");
  const shown = (fields: ItemFields, files: Item["attachments"]): Record<string, string> => ({
    kind: t(`exchange.kinds.${fields.kind}`),
    title: fields.title,
    summary: fields.summary,
    description: fields.description,
    themes: list(fields.themes, (v) => t(`exchange.themes.${v}`)),
    targetGroups: list(fields.targetGroups, (v) => t(`exchange.targetGroups.${v}`)),
    stakeholders: list(fields.stakeholders, (v) => t(`exchange.stakeholders.${v}`)),
    languages: list(fields.languages, labels.language),
    period: labels.period(fields.period),
    evidenceLevel: t(`exchange.evidence.${fields.evidenceLevel}`),
    outcomes: fields.outcomes,
    contact: [fields.contact.name, fields.contact.role, fields.contact.email]
      .filter(Boolean)
      .join(", "),
    links: list(
      fields.links.map((link) => `${link.label} (${link.url})`),
      (v) => v,
    ),
    attachments: list(
      files.map((file) => file.fileName),
      (v) => v,
    ),
    tags: list(fields.tags, (v) => v),
    visibility: t(`exchange.visibilities.${fields.visibility}`),
  });
  const before = shown(
    { ...item, contact: item.contact ?? { name: "", role: "", email: "" } },
    item.attachments,
  );
  const after = shown(revision.fields, revision.attachments);
  const labelKey = (field: string) =>
    field === "period" || field === "contact" || field === "attachments"
      ? `exchange.item.${field}`
      : `exchange.fields.${field}`;
  return Object.keys(before)
    .filter((field) => before[field] !== after[field])
    .map((field) => ({
      field,
      label: t(labelKey(field)),
      before: before[field] ?? "",
      after: after[field] ?? "",
      words: TEXTS.includes(field as TextField),
    }));
}

/**
 * What a revision would change, for the administrator who reviews it and the
 * contributor who wrote it. Long texts show removed and added words in place
 * (struck through or underlined, and said as "removed"/"added" to screen
 * readers); other fields show the published and the proposed value side by side.
 */
export function RevisionDiff({ item, revision }: { item: Item; revision: Revision }) {
  const { t } = useTranslation();
  const changes = useChanges(item, revision);
  const lang = contentLanguage(revision.fields);
  if (changes.length === 0) return <p>{t("exchange.revision.noChanges")}</p>;
  return (
    <div className="revision-diff">
      <p className="field__hint">{t("exchange.revision.legend")}</p>
      {changes.map((change) => (
        <section key={change.field} aria-labelledby={`diff-${change.field}`}>
          <h4 id={`diff-${change.field}`}>{change.label}</h4>
          {change.words ? (
            <p className="diff" lang={lang}>
              {diffWords(change.before, change.after).map((part, index) =>
                part.added ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one diff have no other identity
                  <ins key={index}>
                    <span className="visually-hidden">[{t("exchange.revision.added")}: </span>
                    {part.value}
                    <span className="visually-hidden">]</span>
                  </ins>
                ) : part.removed ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one diff have no other identity
                  <del key={index}>
                    <span className="visually-hidden">[{t("exchange.revision.removed")}: </span>
                    {part.value}
                    <span className="visually-hidden">]</span>
                  </del>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one diff have no other identity
                  <span key={index}>{part.value}</span>
                ),
              )}
            </p>
          ) : (
            <table className="diff-table">
              <tbody>
                <tr>
                  <th scope="row">{t("exchange.revision.published")}</th>
                  <td>{change.before}</td>
                </tr>
                <tr>
                  <th scope="row">{t("exchange.revision.proposed")}</th>
                  <td>{change.after}</td>
                </tr>
              </tbody>
            </table>
          )}
        </section>
      ))}
    </div>
  );
}
