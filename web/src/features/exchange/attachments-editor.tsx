import type { Item } from "@alliance/core/web";
import { useQueryClient } from "@tanstack/react-query";
import { type ChangeEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, api, readJson } from "../../api/client.ts";
import { refusedFileField, UPLOAD_ACCEPT, uploadFile } from "../../ui/put-file.ts";
import { describeRequestError } from "../../ui/query-error.tsx";
import { StatusMessage } from "../../ui/status.tsx";
import { exchangeKeys } from "./queries.ts";

type Upload = { fileName: string; percent: number };

/**
 * Files of a saved item: choose a file → the server gives a presigned upload →
 * the browser sends it there → the server checks and lists it. `onChange` gets the
 * item as the server answered, so the form keeps the version it edits in step.
 */
export function AttachmentsEditor({
  item,
  onChange,
}: {
  item: Item;
  onChange: (item: Item) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [upload, setUpload] = useState<Upload | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = upload !== null || removing !== null;

  const changed = (next: Item) => {
    queryClient.setQueryData(exchangeKeys.item(next.itemId), (old: Item | undefined) => ({
      ...next,
      moderation: next.moderation ?? old?.moderation ?? null,
    }));
    onChange(next);
  };

  const explain = (failure: unknown) => {
    const refused = refusedFileField(failure);
    if (refused) return t(`exchange.attachments.errors.${refused}`);
    if (failure instanceof ApiError && failure.status === 409) {
      return t("exchange.attachments.errors.conflict");
    }
    if (failure instanceof ApiError) return describeRequestError(failure, t);
    return t("exchange.attachments.errors.upload");
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file || busy) return;
    setError(null);
    setNotice(null);
    setUpload({ fileName: file.name, percent: 0 });
    try {
      const route = api.api.exchange.items[":itemId"].attachments;
      const { itemId } = item;
      const { confirmed } = await uploadFile(file, {
        declare: async (json) => readJson(await route.$post({ param: { itemId }, json })),
        confirm: async (attachmentId) =>
          readJson(await route[":attachmentId"].confirm.$post({ param: { itemId, attachmentId } })),
        onProgress: (percent) => setUpload({ fileName: file.name, percent }),
      });
      changed(confirmed);
      setNotice(t("exchange.attachments.added", { name: file.name }));
    } catch (failure) {
      setError(explain(failure));
    } finally {
      setUpload(null);
      if (input.current) input.current.value = "";
    }
  };

  const remove = async (attachmentId: string, fileName: string) => {
    if (busy) return;
    setError(null);
    setNotice(null);
    setRemoving(attachmentId);
    try {
      const next = await readJson(
        await api.api.exchange.items[":itemId"].attachments[":attachmentId"].$delete({
          param: { itemId: item.itemId, attachmentId },
          header: { "if-match": `"${item.version}"` },
        }),
      );
      changed(next);
      setNotice(t("exchange.attachments.removed", { name: fileName }));
    } catch (failure) {
      setError(
        failure instanceof ApiError && failure.status === 412
          ? t("exchange.attachments.errors.stale")
          : explain(failure),
      );
    } finally {
      setRemoving(null);
    }
  };

  return (
    <fieldset className="field group" id="attachments">
      <legend>{t("exchange.item.attachments")}</legend>
      <p className="field__hint" id={`${inputId}-hint`}>
        {t("exchange.attachments.hint")}
        {item.status === "published" && ` ${t("exchange.attachments.revisionHint")}`}
      </p>
      {item.attachments.length > 0 && (
        <ul className="links">
          {item.attachments.map((file) => (
            <li key={file.attachmentId}>
              {file.fileName}{" "}
              <button
                type="button"
                className="link-button link-button--inline"
                aria-disabled={busy || undefined}
                onClick={() => void remove(file.attachmentId, file.fileName)}
              >
                {removing === file.attachmentId
                  ? t("exchange.attachments.removing")
                  : t("exchange.attachments.remove", { name: file.fileName })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor={inputId}>{t("exchange.attachments.choose")}</label>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept={UPLOAD_ACCEPT}
          aria-describedby={`${inputId}-hint`}
          disabled={busy}
          onChange={(event) => void choose(event)}
        />
      </div>
      {upload && (
        <p>
          <label htmlFor={`${inputId}-progress`}>
            {t("exchange.attachments.uploading", { name: upload.fileName })}
          </label>{" "}
          <progress id={`${inputId}-progress`} max={100} value={upload.percent}>
            {upload.percent}%
          </progress>
        </p>
      )}
      <StatusMessage>
        {upload ? t("exchange.attachments.uploading", { name: upload.fileName }) : notice}
      </StatusMessage>
    </fieldset>
  );
}
