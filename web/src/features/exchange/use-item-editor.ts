import type { Item } from "@alliance/core/web";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ApiError } from "../../api/client.ts";
import { describeRequestError } from "../../ui/query-error.tsx";
import { useEditorFeedback } from "../../ui/use-editor-feedback.ts";
import { editableOf } from "./editable-item.ts";
import {
  EMPTY_VALUES,
  fieldId,
  fieldsOf,
  type ItemFormErrors,
  type ItemFormValues,
  serverError,
  validateItem,
  valuesOf,
} from "./item-form-values.ts";
import { exchangeQueries, useCreateItem, useTransition, useUpdateItem } from "./queries.ts";

export type EditorNotice = "saved" | "revisionSaved" | "reloaded" | null;
type Action = "save" | "submit";

/** Inputs in the order of the form, for the error summary. */
const ORDER = [
  "kind",
  "title",
  "summary",
  "description",
  "themes",
  "targetGroups",
  "stakeholders",
  "languages",
  "periodStart",
  "ongoing",
  "periodEnd",
  "evidenceLevel",
  "outcomes",
  "contactName",
  "contactRole",
  "contactEmail",
  "links",
  "tags",
  "visibility",
];
const rank = (id: string) => {
  const at = ORDER.indexOf(id.startsWith("links") ? "links" : id);
  return at === -1 ? ORDER.length : at;
};

/**
 * State of the item form. Like the profile form, it edits the item as it was when
 * the form opened (`base`) and saves with its version: a change made elsewhere is a
 * 412 that the person resolves, and typed values are never dropped on a failure.
 * A new item is created on its first save, then edited.
 */
export function useItemEditor(initial: Item | null) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useCreateItem();
  const update = useUpdateItem();
  const transition = useTransition();
  const [base, setBase] = useState<Item | null>(initial);
  const [values, setValues] = useState<ItemFormValues>(() =>
    initial ? valuesOf(editableOf(initial)) : EMPTY_VALUES,
  );
  const [notice, setNotice] = useState<EditorNotice>(null);
  const [pending, setPending] = useState<Action | null>(null);
  const feedback = useEditorFeedback<string>();
  const { errors, setErrors, fail, reloading } = feedback;

  const set = <K extends keyof ItemFormValues>(field: K, value: ItemFormValues[K]) => {
    const next = { ...values, [field]: value };
    setValues(next);
    setNotice(null);
    // Once inputs have shown errors, re-check as the person corrects them.
    if (Object.keys(errors).length > 0) {
      const now = validateItem(next);
      setErrors((current) =>
        Object.fromEntries(
          Object.entries(current).flatMap(([id, error]) =>
            now[id]
              ? [[id, now[id]]]
              : !error || id === field || id.startsWith(`${field}-`) || validatedOnClient(error)
                ? []
                : [[id, error]],
          ),
        ),
      );
    }
  };

  const explain = (error: unknown) => {
    if (error instanceof ApiError && error.status === 412) {
      feedback.setConflict(true);
      return;
    }
    if (error instanceof ApiError && error.status === 400 && error.problem.errors?.length) {
      const fieldErrors: ItemFormErrors = {};
      for (const { field } of error.problem.errors) {
        const id = fieldId(field);
        fieldErrors[id] ??= serverError(field, error.problem.code);
      }
      const message =
        error.problem.code === "incomplete-item" ? t("exchange.form.incomplete") : null;
      return fail(fieldErrors, message);
    }
    fail({}, describeRequestError(error, t));
  };

  const act = async (action: Action) => {
    if (pending || reloading) return;
    setNotice(null);
    const invalid = validateItem(values);
    if (Object.keys(invalid).length > 0) return fail(invalid, null);
    feedback.clearErrors();
    setPending(action);
    try {
      const fields = fieldsOf(values);
      let saved: Item;
      if (base) {
        saved = await update.mutateAsync({
          itemId: base.itemId,
          patch: fields,
          version: base.version,
        });
      } else {
        saved = await create.mutateAsync(fields);
      }
      setBase(saved);
      setValues(valuesOf(editableOf(saved)));
      if (action === "submit") {
        await transition.mutateAsync({
          itemId: saved.itemId,
          action: "submit",
          version: saved.version,
        });
        navigate(`/exchange/items/${saved.itemId}`, { state: { flash: "itemSubmitted" } });
        return;
      }
      if (!base) {
        navigate(`/exchange/items/${saved.itemId}/edit`, {
          replace: true,
          state: { flash: "draftCreated" },
        });
        return;
      }
      setNotice(saved.revision ? "revisionSaved" : "saved");
    } catch (error) {
      explain(error);
    } finally {
      setPending(null);
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    void act(submitter?.getAttribute("value") === "submit" ? "submit" : "save");
  };

  const reloadLatest = async () => {
    if (!base) return;
    await feedback.reload(
      () => queryClient.fetchQuery({ ...exchangeQueries.item(base.itemId), staleTime: 0 }),
      (latest) => {
        setBase(latest);
        setValues(valuesOf(editableOf(latest)));
        feedback.settle();
        setNotice("reloaded");
      },
    );
  };

  /**
   * An attachment was added or removed (of a published item: in its revision): the
   * server bumped the version. Take it only if nothing else changed meanwhile, so a
   * concurrent edit still shows as a 412.
   */
  const adoptAttachments = (item: Item) =>
    setBase((current) =>
      current
        ? {
            ...current,
            attachments: item.attachments,
            revision: current.revision
              ? { ...current.revision, attachments: item.revision?.attachments ?? [] }
              : item.revision,
            version: item.version === current.version + 1 ? item.version : current.version,
          }
        : current,
    );

  return {
    base,
    values,
    set,
    submit,
    message: feedback.message,
    summary: feedback.summary(Object.keys(errors).sort((a, b) => rank(a) - rank(b))),
    attempt: feedback.attempt,
    notice,
    conflict: feedback.conflict,
    reloading,
    reloadLatest,
    adoptAttachments,
    pending,
    /** Offline: the save waits for the connection and then goes out by itself. */
    waitingForNetwork: create.isPaused || update.isPaused,
  };
}

/** Errors that client validation would have caught: clear them once it passes. */
function validatedOnClient(error: { key: string }): boolean {
  return (
    !error.key.startsWith("exchange.errors.ready.") && error.key !== "exchange.errors.rejected"
  );
}
