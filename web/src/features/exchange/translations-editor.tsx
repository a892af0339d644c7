import {
  type Item,
  TRANSLATION_LANGUAGES,
  type Translation,
  type TranslationLanguage,
  translationInputSchema,
} from "@alliance/core/web";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { problemOf } from "../../api/problem.ts";
import { ConflictNotice } from "../../ui/conflict-notice.tsx";
import {
  FormErrors,
  FormSelectField,
  FormTextAreaField,
  FormTextField,
  useSchemaForm,
} from "../../ui/form/index.ts";
import { StatusMessage } from "../../ui/status.tsx";
import { SubmitButton } from "../../ui/submit-button.tsx";
import { useLabels } from "./labels.ts";
import { useTranslationChange } from "./queries.ts";

type Values = {
  language: TranslationLanguage;
  title: string;
  summary: string;
  description: string;
};
type Notice = { key: "saved" | "savedRevision" | "removed" | "removedRevision"; language: string };

/** The translations being edited: of a published item with pending changes, the revision's. */
export const editableTranslations = (item: Item): Translation[] =>
  item.revision?.translations ?? item.translations;

/**
 * The item's translations into the interface languages (decision 0081): one form
 * adds or changes the translation into the language chosen, each listed translation
 * can be edited or removed. Changes are saved at the item's version; `onChange` gets
 * the item as saved, so the item form keeps its version in step, and `onReload`
 * brings the latest version after a change made elsewhere (412).
 */
export function TranslationsEditor({
  item,
  onChange,
  onReload,
}: {
  item: Item;
  onChange: (item: Item) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const change = useTranslationChange();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [removing, setRemoving] = useState<TranslationLanguage | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const translations = editableTranslations(item);
  const stale = translations.filter((translation) => translation.originalChanged).length;
  const languages = TRANSLATION_LANGUAGES.filter((language) => language !== item.languages[0]);
  const blank = (language: TranslationLanguage): Values => ({
    language,
    title: "",
    summary: "",
    description: "",
  });
  const form = useSchemaForm(translationInputSchema, blank(languages[0] ?? "en"), {
    idOf: (field) => `translation-${field}`,
  });

  const saved = (next: Item, key: "saved" | "removed", language: string) => {
    onChange(next);
    const pending = next.status === "published" && next.revision !== null;
    setNotice({ key: pending ? `${key}Revision` : key, language });
  };

  const submit = form.onSubmit(async ({ language, ...fields }) => {
    // A failure (a refused field, a 412) reaches the form kit, which keeps what was typed.
    setNotice(null);
    const next = await change.mutateAsync({
      itemId: item.itemId,
      language,
      fields,
      version: item.version,
    });
    saved(next, "saved", language);
    form.reset(blank(language));
  });

  const edit = (translation: Translation) => {
    setNotice(null);
    form.reset({
      language: translation.language,
      title: translation.title,
      summary: translation.summary,
      description: translation.description,
    });
    document.getElementById("translation-title")?.focus();
  };

  const remove = async (language: TranslationLanguage) => {
    if (removing) return;
    setRemoving(language);
    setRemoveError(null);
    setNotice(null);
    try {
      saved(
        await change.mutateAsync({ itemId: item.itemId, language, version: item.version }),
        "removed",
        language,
      );
    } catch (failure) {
      if (problemOf(failure).stale) form.setConflict(true);
      else setRemoveError(t("exchange.translations.removeFailed"));
    } finally {
      setRemoving(null);
    }
  };

  return (
    <section aria-labelledby="translations-title" className="translations">
      <h2 id="translations-title">{t("exchange.translations.title")}</h2>
      <p className="field__hint">
        {item.languages[0]
          ? t("exchange.translations.intro", { language: labels.language(item.languages[0]) })
          : t("exchange.translations.needsLanguage")}
      </p>
      <StatusMessage>
        {notice
          ? t(`exchange.translations.notice.${notice.key}`, {
              language: labels.language(notice.language),
            })
          : undefined}
      </StatusMessage>
      {removeError && (
        <p className="field__error" role="alert">
          {removeError}
        </p>
      )}
      {stale > 0 && (
        <p className="notice notice--warning">
          {t("exchange.translations.staleCount", { count: stale })}
        </p>
      )}
      {translations.length > 0 ? (
        <ul className="links">
          {translations.map((translation) => (
            <li key={translation.language}>
              <span lang={translation.language}>{translation.title}</span>{" "}
              <span className="card__meta">({labels.language(translation.language)})</span>{" "}
              {translation.originalChanged && (
                <>
                  <span className="badge badge--outdated">
                    {t("exchange.translations.needsUpdate")}
                  </span>{" "}
                </>
              )}
              <button type="button" className="link-button" onClick={() => edit(translation)}>
                {t("exchange.translations.edit", {
                  language: labels.language(translation.language),
                })}
              </button>{" "}
              <button
                type="button"
                className="link-button"
                aria-disabled={removing !== null || undefined}
                onClick={() => void remove(translation.language)}
              >
                {removing === translation.language
                  ? t("exchange.translations.removing")
                  : t("exchange.translations.remove", {
                      language: labels.language(translation.language),
                    })}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("exchange.translations.none")}</p>
      )}
      {form.conflict && (
        <ConflictNotice
          headingLevel={3}
          title={t("exchange.conflict.title")}
          body={t("exchange.translations.conflict")}
          reloadLabel={t("exchange.conflict.reload")}
          onReload={() => {
            form.setConflict(false);
            onReload();
          }}
        />
      )}
      {item.languages[0] && (
        <form
          noValidate
          className="form"
          aria-labelledby="translation-form-title"
          onSubmit={(event) => void submit(event)}
        >
          <h3 id="translation-form-title">{t("exchange.translations.formTitle")}</h3>
          <FormErrors form={form} />
          <FormSelectField
            form={form}
            name="language"
            label={t("exchange.translations.language")}
            hint={t("exchange.translations.languageHint")}
          >
            {languages.map((language) => (
              <option key={language} value={language}>
                {labels.language(language)}
              </option>
            ))}
          </FormSelectField>
          <FormTextField form={form} name="title" label={t("exchange.translations.fields.title")} />
          <FormTextAreaField
            form={form}
            name="summary"
            label={t("exchange.translations.fields.summary")}
            rows={3}
          />
          <FormTextAreaField
            form={form}
            name="description"
            label={t("exchange.translations.fields.description")}
            rows={8}
          />
          <SubmitButton
            pending={form.formState.isSubmitting}
            pendingLabel={t("exchange.translations.saving")}
          >
            {t("exchange.translations.save")}
          </SubmitButton>
        </form>
      )}
    </section>
  );
}
