import type { Item } from "@alliance/core/web";
import { useQueryClient } from "@tanstack/react-query";
import { type ChangeEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, api, readJson } from "../../api/client.ts";
import { describeRequestError } from "../../ui/query-error.tsx";
import { StatusMessage } from "../../ui/status.tsx";
import { exchangeKeys } from "./queries.ts";

/** What the file picker offers; the server checks the type by the file's first bytes. */
const ACCEPT =
  ".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg,.gif,.webp,.txt,.csv";

type Upload = { fileName: string; percent: number };

/** PUTs the file where the server said, with its headers, reporting progress. */
function put(
  url: string,
  headers: Record<string, string>,
  file: File,
  onProgress: (percent: number) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("PUT", url);
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onload = () =>
      request.status >= 200 && request.status < 300
        ? resolve()
        : reject(new Error(`Upload answered ${request.status}`));
    request.onerror = () => reject(new Error("Upload failed"));
    request.send(file);
  });
}

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
    if (failure instanceof ApiError && failure.status === 400) {
      const fields = (failure.problem.errors ?? []).map((entry) => entry.field);
      if (fields.includes("size")) return t("exchange.attachments.errors.size");
      if (fields.includes("contentType")) return t("exchange.attachments.errors.type");
      if (fields.includes("fileName")) return t("exchange.attachments.errors.name");
    }
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
      const ticket = await readJson(
        await route.$post({
          param: { itemId: item.itemId },
          json: {
            fileName: file.name,
            contentType: (file.type || "application/octet-stream") as never,
            size: file.size,
          },
        }),
      );
      await put(ticket.uploadUrl, ticket.headers, file, (percent) =>
        setUpload({ fileName: file.name, percent }),
      );
      const confirmed = await readJson(
        await route[":attachmentId"].confirm.$post({
          param: { itemId: item.itemId, attachmentId: ticket.attachmentId },
        }),
      );
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
          accept={ACCEPT}
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
