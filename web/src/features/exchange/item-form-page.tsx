import {
  CONTENT_LANGUAGES,
  type ContentLanguage,
  EVIDENCE_LEVELS,
  type EvidenceLevel,
  ITEM_KINDS,
  type Item,
  type ItemKind,
  STAKEHOLDERS,
  type Stakeholder,
  TARGET_GROUPS,
  type TargetGroup,
  THEMES,
  type Theme,
  VISIBILITIES,
  type Visibility,
} from "@alliance/core/web";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ConflictNotice } from "../../ui/conflict-notice.tsx";
import { ErrorSummary } from "../../ui/error-summary.tsx";
import { CheckboxGroup, SelectField, TextAreaField, TextField } from "../../ui/fields.tsx";
import { Page } from "../../ui/page.tsx";
import { Loading, StatusMessage } from "../../ui/status.tsx";
import { AttachmentsEditor } from "./attachments-editor.tsx";
import { editableOf } from "./editable-item.ts";
import { ItemUnavailable } from "./item-unavailable.tsx";
import { useLabels } from "./labels.ts";
import { exchangeQueries } from "./queries.ts";
import { useItemEditor } from "./use-item-editor.ts";

/** `/exchange/new` and `/exchange/items/:itemId/edit`. */
export function ItemFormPage() {
  const { t } = useTranslation();
  const { itemId } = useParams();
  const item = useQuery({ ...exchangeQueries.item(itemId ?? ""), enabled: Boolean(itemId) });

  if (!itemId) {
    return (
      <Page title={t("exchange.form.newTitle")}>
        <ItemForm initial={null} />
      </Page>
    );
  }
  if (!item.data && item.isError) {
    return <ItemUnavailable error={item.error} onRetry={() => void item.refetch()} />;
  }
  if (item.data && !item.data.actions.edit) {
    // The API says this caller may not edit it: say so instead of offering a form.
    return (
      <Page title={t("exchange.form.refusedTitle")}>
        <p>{t("exchange.form.refused")}</p>
        <p>
          <Link to={`/exchange/items/${item.data.itemId}`}>{t("exchange.form.view")}</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page
      title={
        item.data
          ? t("exchange.form.editTitle", { title: item.data.title })
          : t("exchange.form.editing")
      }
    >
      {item.data ? (
        <ItemForm initial={item.data} />
      ) : (
        <Loading label={t("exchange.item.loading")} paused={item.fetchStatus === "paused"} />
      )}
    </Page>
  );
}

function toggled<T extends string>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list, value] : list.filter((entry) => entry !== value);
}

function ItemForm({ initial }: { initial: Item | null }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const editor = useItemEditor(initial);
  const { base, values, set, message } = editor;
  const published = base?.status === "published";
  // What the API allows now, or, for a published item without pending changes, what
  // it will allow once this save has started them (a revision starts as a draft).
  const canSubmit = !base || base.actions.submit || (published && base.revision === null);
  const languageOptions = CONTENT_LANGUAGES.map((code) => ({
    value: code,
    label: labels.language(code),
  })).sort((a, b) => a.label.localeCompare(b.label));

  return (
    <>
      {base && (
        <p>
          {t("exchange.manage.status", { status: t(`exchange.statuses.${base.status}`) })}{" "}
          <Link to={`/exchange/items/${base.itemId}`}>{t("exchange.form.view")}</Link>
        </p>
      )}
      <p>{published ? t("exchange.form.introPublished") : t("exchange.form.intro")}</p>
      <StatusMessage tone={editor.waitingForNetwork ? "info" : "success"}>
        {editor.waitingForNetwork
          ? t("exchange.form.offline")
          : editor.notice
            ? t(`exchange.form.notice.${editor.notice}`)
            : undefined}
      </StatusMessage>
      {editor.conflict && (
        <ConflictNotice
          title={t("exchange.conflict.title")}
          body={t("exchange.conflict.bodyForm")}
          reloadLabel={t("exchange.conflict.reload")}
          reloadingLabel={t("exchange.conflict.reloading")}
          reloading={editor.reloading}
          onReload={() => void editor.reloadLatest()}
        />
      )}
      <ErrorSummary errors={editor.summary} attempt={editor.attempt} />
      <form noValidate className="form form--wide" onSubmit={editor.submit}>
        <SelectField
          id="kind"
          label={t("exchange.fields.kind")}
          hint={t("exchange.form.kindHint")}
          value={values.kind}
          error={message("kind")}
          onChange={(event) => set("kind", event.target.value as ItemKind)}
        >
          {ITEM_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`exchange.kinds.${kind}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="title"
          label={t("exchange.fields.title")}
          value={values.title}
          error={message("title")}
          maxLength={200}
          required
          onChange={(event) => set("title", event.target.value)}
        />
        <TextAreaField
          id="summary"
          label={t("exchange.fields.summary")}
          hint={t("exchange.form.summaryHint")}
          value={values.summary}
          error={message("summary")}
          rows={3}
          onChange={(event) => set("summary", event.target.value)}
        />
        <TextAreaField
          id="description"
          label={t("exchange.fields.description")}
          hint={t("exchange.form.descriptionHint")}
          value={values.description}
          error={message("description")}
          rows={10}
          onChange={(event) => set("description", event.target.value)}
        />
        <CheckboxGroup
          id="themes"
          legend={t("exchange.fields.themes")}
          hint={t("exchange.form.themesHint")}
          error={message("themes")}
          columns
          options={THEMES.map((value) => ({ value, label: t(`exchange.themes.${value}`) }))}
          selected={values.themes}
          onToggle={(value, on) => set("themes", toggled(values.themes, value as Theme, on))}
        />
        <CheckboxGroup
          id="targetGroups"
          legend={t("exchange.fields.targetGroups")}
          error={message("targetGroups")}
          columns
          options={TARGET_GROUPS.map((value) => ({
            value,
            label: t(`exchange.targetGroups.${value}`),
          }))}
          selected={values.targetGroups}
          onToggle={(value, on) =>
            set("targetGroups", toggled(values.targetGroups, value as TargetGroup, on))
          }
        />
        <CheckboxGroup
          id="stakeholders"
          legend={t("exchange.fields.stakeholders")}
          error={message("stakeholders")}
          columns
          options={STAKEHOLDERS.map((value) => ({
            value,
            label: t(`exchange.stakeholders.${value}`),
          }))}
          selected={values.stakeholders}
          onToggle={(value, on) =>
            set("stakeholders", toggled(values.stakeholders, value as Stakeholder, on))
          }
        />
        <CheckboxGroup
          id="languages"
          legend={t("exchange.fields.languages")}
          hint={t("exchange.form.languagesHint")}
          error={message("languages")}
          columns
          options={languageOptions}
          selected={values.languages}
          onToggle={(value, on) =>
            set("languages", toggled(values.languages, value as ContentLanguage, on))
          }
        />

        <fieldset className="field group">
          <legend>{t("exchange.item.period")}</legend>
          <TextField
            id="periodStart"
            type="date"
            label={t("exchange.fields.periodStart")}
            value={values.periodStart}
            error={message("periodStart")}
            onChange={(event) => set("periodStart", event.target.value)}
          />
          <div className="checkbox checkbox--inline">
            <input
              type="checkbox"
              id="ongoing"
              checked={values.ongoing}
              onChange={(event) => set("ongoing", event.target.checked)}
            />
            <label htmlFor="ongoing">{t("exchange.fields.ongoing")}</label>
          </div>
          {!values.ongoing && (
            <TextField
              id="periodEnd"
              type="date"
              label={t("exchange.fields.periodEnd")}
              value={values.periodEnd}
              error={message("periodEnd")}
              onChange={(event) => set("periodEnd", event.target.value)}
            />
          )}
        </fieldset>

        <SelectField
          id="evidenceLevel"
          label={t("exchange.fields.evidenceLevel")}
          hint={t("exchange.form.evidenceHint")}
          value={values.evidenceLevel}
          error={message("evidenceLevel")}
          onChange={(event) => set("evidenceLevel", event.target.value as EvidenceLevel)}
        >
          {EVIDENCE_LEVELS.map((level) => (
            <option key={level} value={level}>
              {t(`exchange.evidence.${level}`)}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          id="outcomes"
          label={t("exchange.fields.outcomes")}
          hint={t("exchange.form.outcomesHint")}
          value={values.outcomes}
          error={message("outcomes")}
          rows={5}
          onChange={(event) => set("outcomes", event.target.value)}
        />

        <fieldset className="field group">
          <legend>{t("exchange.item.contact")}</legend>
          <p className="field__hint">{t("exchange.form.contactHint")}</p>
          <TextField
            id="contactName"
            label={t("exchange.fields.contactName")}
            value={values.contactName}
            error={message("contactName")}
            autoComplete="off"
            onChange={(event) => set("contactName", event.target.value)}
          />
          <TextField
            id="contactRole"
            label={t("exchange.fields.contactRole")}
            value={values.contactRole}
            error={message("contactRole")}
            onChange={(event) => set("contactRole", event.target.value)}
          />
          <TextField
            id="contactEmail"
            type="email"
            label={t("exchange.fields.contactEmail")}
            value={values.contactEmail}
            error={message("contactEmail")}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => set("contactEmail", event.target.value)}
          />
        </fieldset>

        <LinksEditor editor={editor} />
        {!base ? (
          <p className="field__hint">{t("exchange.attachments.saveFirst")}</p>
        ) : (
          base.actions.addFiles && (
            <AttachmentsEditor item={editableOf(base)} onChange={editor.adoptAttachments} />
          )
        )}

        <TextField
          id="tags"
          label={t("exchange.fields.tags")}
          hint={t("exchange.form.tagsHint")}
          value={values.tags}
          error={message("tags")}
          onChange={(event) => set("tags", event.target.value)}
        />
        <SelectField
          id="visibility"
          label={t("exchange.fields.visibility")}
          value={values.visibility}
          error={message("visibility")}
          onChange={(event) => set("visibility", event.target.value as Visibility)}
        >
          {VISIBILITIES.map((visibility) => (
            <option key={visibility} value={visibility}>
              {t(`exchange.visibilities.${visibility}`)}
            </option>
          ))}
        </SelectField>

        <div className="actions actions--row">
          <button
            type="submit"
            name="action"
            value="save"
            className={canSubmit ? "button button--secondary" : "button"}
            aria-disabled={editor.pending !== null || undefined}
          >
            {editor.pending === "save" && <span className="spinner" aria-hidden="true" />}
            {editor.pending === "save"
              ? t("exchange.form.saving")
              : canSubmit && !published
                ? t("exchange.form.saveDraft")
                : t("exchange.form.save")}
          </button>
          {canSubmit && (
            <button
              type="submit"
              name="action"
              value="submit"
              className="button"
              aria-disabled={editor.pending !== null || undefined}
            >
              {editor.pending === "submit" && <span className="spinner" aria-hidden="true" />}
              {editor.pending === "submit"
                ? t("exchange.form.submitting")
                : published
                  ? t("exchange.revision.submit")
                  : t("exchange.form.submit")}
            </button>
          )}
          <span role="status" className="visually-hidden">
            {editor.pending === "save"
              ? t("exchange.form.saving")
              : editor.pending === "submit"
                ? t("exchange.form.submitting")
                : ""}
          </span>
        </div>
      </form>
    </>
  );
}

function LinksEditor({ editor }: { editor: ReturnType<typeof useItemEditor> }) {
  const { t } = useTranslation();
  const { values, set, message } = editor;
  const links = values.links;
  const change = (index: number, part: "label" | "url", text: string) =>
    set(
      "links",
      links.map((link, at) => (at === index ? { ...link, [part]: text } : link)),
    );
  return (
    <fieldset className="field group" id="links">
      <legend>{t("exchange.fields.links")}</legend>
      <p className="field__hint">{t("exchange.form.linksHint")}</p>
      {message("links") && <p className="field__error">{message("links")}</p>}
      {links.map((link, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
        <div key={index} className="link-row">
          <TextField
            id={`links-${index}-label`}
            label={t("exchange.form.linkLabel", { number: index + 1 })}
            value={link.label}
            error={message(`links-${index}-label`)}
            onChange={(event) => change(index, "label", event.target.value)}
          />
          <TextField
            id={`links-${index}-url`}
            type="url"
            label={t("exchange.form.linkUrl", { number: index + 1 })}
            value={link.url}
            error={message(`links-${index}-url`)}
            spellCheck={false}
            onChange={(event) => change(index, "url", event.target.value)}
          />
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              set(
                "links",
                links.filter((_, at) => at !== index),
              )
            }
          >
            {t("exchange.form.removeLink", { number: index + 1 })}
          </button>
        </div>
      ))}
      {links.length < 10 && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => set("links", [...links, { label: "", url: "" }])}
        >
          {t("exchange.form.addLink")}
        </button>
      )}
    </fieldset>
  );
}

export { ItemFormPage as Component };
