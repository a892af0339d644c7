import { type Item, itemFieldsSchema } from "@alliance/core/web";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useOnEdit, useSchemaForm } from "../../../ui/form/index.ts";
import { editableOf } from "../editable-item.ts";
import {
  EMPTY_VALUES,
  fieldsOf,
  ITEM_CHECKS,
  type ItemFormValues,
  serverError,
  valuesOf,
} from "../item-form-values.ts";
import { exchangeQueries, useCreateItem, useTransition, useUpdateItem } from "../queries.ts";

export type EditorNotice = "saved" | "revisionSaved" | "reloaded" | null;
type Action = "save" | "submit";

/**
 * State of the item form. Like the profile form, it edits the item as it was when
 * the form opened (`base`) and saves with its version: a change made elsewhere is a
 * 412 that the person resolves, and typed values are never dropped on a failure.
 * A new item is created on its first save, then edited.
 */
export function useItemEditor(initial: Item | null) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useCreateItem();
  const update = useUpdateItem();
  const transition = useTransition();
  const [base, setBase] = useState<Item | null>(initial);
  const form = useSchemaForm(
    itemFieldsSchema,
    initial ? valuesOf(editableOf(initial)) : EMPTY_VALUES,
    ITEM_CHECKS,
  );
  const [notice, setNotice] = useState<EditorNotice>(null);
  const [pending, setPending] = useState<Action | null>(null);

  useOnEdit(form, () => setNotice(null));

  const startFrom = (item: Item) => {
    setBase(item);
    form.reset(valuesOf(editableOf(item)));
  };

  const act = async (action: Action, values: ItemFormValues) => {
    setNotice(null);
    setPending(action);
    try {
      const fields = fieldsOf(values);
      const saved = base
        ? await update.mutateAsync({ itemId: base.itemId, patch: fields, version: base.version })
        : await create.mutateAsync(fields);
      startFrom(saved);
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
    } finally {
      setPending(null);
    }
  };

  const submit = form.onSubmit(
    (_checked, values, event) => {
      const submitter = (event.nativeEvent as SubmitEvent).submitter;
      return act(submitter?.getAttribute("value") === "submit" ? "submit" : "save", values);
    },
    {
      rejected: (_field, path, code) => serverError(path, code),
      refusals: { "incomplete-item": { key: "exchange.form.incomplete" } },
    },
  );

  const reloadLatest = () => {
    if (!base) return;
    void form.reload(
      () => queryClient.fetchQuery({ ...exchangeQueries.item(base.itemId), staleTime: 0 }),
      (latest) => {
        startFrom(latest);
        setNotice("reloaded");
      },
    );
  };

  /**
   * Files or translations were changed (of a published item: in its revision): the
   * server bumped the version. Take it only if nothing else changed meanwhile, so a
   * concurrent edit still shows as a 412.
   */
  const adopt = (part: "attachments" | "translations") => (item: Item) =>
    setBase((current) =>
      current
        ? {
            ...current,
            [part]: item[part],
            revision: current.revision
              ? { ...current.revision, [part]: item.revision?.[part] ?? [] }
              : item.revision,
            ...(item.version === current.version + 1
              ? // What may be done now: a first change to a published item starts its revision.
                { version: item.version, actions: item.actions }
              : { version: current.version }),
          }
        : current,
    );

  return {
    form,
    base,
    submit,
    notice,
    reloadLatest,
    adoptAttachments: adopt("attachments"),
    adoptTranslations: adopt("translations"),
    pending,
    /** Offline: the save waits for the connection and then goes out by itself. */
    waitingForNetwork: create.isPaused || update.isPaused,
  };
}

export type ItemEditor = ReturnType<typeof useItemEditor>;
