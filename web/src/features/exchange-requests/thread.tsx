import {
  type ExchangeRequest,
  type MessageView,
  messageFormSchema,
  messageReportSchema,
} from "@alliance/core/web";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrors, FormTextAreaField, useSchemaForm } from "../../ui/form/index.ts";
import { LinkedText } from "../../ui/linked-text.tsx";
import { QueryFallback, StatusMessage } from "../../ui/status.tsx";
import { SubmitButton } from "../../ui/submit-button.tsx";
import { requestQueries, useEditMessage, usePostMessage, useReportMessage } from "./queries.ts";
import { useWhen } from "./request-words.ts";

/** The request's private conversation: read, write, edit within the window, report. */
export function Thread({ request }: { request: ExchangeRequest }) {
  const { t } = useTranslation();
  const query = useQuery(requestQueries.messages(request.requestId));
  return (
    <section aria-labelledby="thread-title">
      <h2 id="thread-title">{t("requests.thread.title")}</h2>
      <p className="hint">{t("requests.thread.private")}</p>
      {!query.data ? (
        <QueryFallback query={query} label={t("requests.thread.loading")} />
      ) : query.data.items.length === 0 ? (
        <p>{t("requests.thread.none")}</p>
      ) : (
        <ol className="thread">
          {query.data.items.map((message) => (
            <li key={message.messageId} className="thread__entry">
              <Message message={message} />
            </li>
          ))}
        </ol>
      )}
      {request.actions.post && <MessageForm requestId={request.requestId} />}
    </section>
  );
}

function Message({ message }: { message: MessageView }) {
  const { t } = useTranslation();
  const when = useWhen();
  const [mode, setMode] = useState<"read" | "edit" | "report">("read");
  const [reported, setReported] = useState(false);
  const time = when(message.createdAt);
  return (
    <article className="message" aria-label={message.author?.name ?? t("requests.thread.hidden")}>
      <p className="message__meta">
        <strong>{message.author?.name ?? t("requests.thread.hidden")}</strong>,{" "}
        <time dateTime={message.createdAt}>{time}</time>
        {message.editedAt && ` (${t("requests.thread.edited")})`}
      </p>
      {message.hiddenReason && (
        <p className="notice">
          {t("requests.thread.hiddenReason", { reason: message.hiddenReason })}
        </p>
      )}
      {mode === "edit" ? (
        <MessageForm
          requestId={message.requestId}
          editing={message}
          onDone={() => setMode("read")}
        />
      ) : message.body !== null ? (
        <LinkedText text={message.body} />
      ) : (
        <p>
          <em>{t("requests.thread.hidden")}</em>
        </p>
      )}
      <StatusMessage>{reported && t("requests.thread.reported")}</StatusMessage>
      {mode === "report" && (
        <ReportForm
          message={message}
          onDone={() => {
            setMode("read");
            setReported(true);
          }}
        />
      )}
      {mode === "read" && (
        <div className="actions">
          {message.actions.edit && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setMode("edit")}
            >
              {t("requests.thread.edit", { time })}
            </button>
          )}
          {message.actions.report && !reported && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setMode("report")}
            >
              {t("requests.thread.report", { name: message.author?.name ?? "" })}
            </button>
          )}
        </div>
      )}
    </article>
  );
}

/** A new message, or the edit of one (`editing`). */
function MessageForm({
  requestId,
  editing,
  onDone,
}: {
  requestId: string;
  editing?: MessageView;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const post = usePostMessage();
  const edit = useEditMessage();
  const id = editing ? `edit-${editing.messageId}` : "new-message";
  const form = useSchemaForm(
    messageFormSchema,
    { body: editing?.body ?? "" },
    {
      idOf: (field) => `${id}-${field}`,
    },
  );
  const submit = form.onSubmit(async ({ body }) => {
    if (editing) {
      await edit.mutateAsync({
        requestId,
        messageId: editing.messageId,
        body,
        version: editing.version,
      });
    } else {
      await post.mutateAsync({ requestId, body });
      form.reset({ body: "" });
    }
    onDone?.();
  });
  const title = editing ? t("requests.thread.editLabel") : t("requests.thread.write");
  return (
    <form noValidate className="form" aria-label={title} onSubmit={(event) => void submit(event)}>
      <FormErrors form={form} />
      <FormTextAreaField
        form={form}
        name="body"
        label={editing ? t("requests.thread.editLabel") : t("requests.thread.message")}
        hint={t("requests.thread.messageHint")}
        rows={4}
      />
      <SubmitButton
        pending={form.formState.isSubmitting}
        pendingLabel={t(editing ? "requests.thread.saving" : "requests.thread.sending")}
      >
        {t(editing ? "requests.thread.save" : "requests.thread.send")}
      </SubmitButton>
      {onDone && (
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t("requests.thread.cancel")}
        </button>
      )}
    </form>
  );
}

function ReportForm({ message, onDone }: { message: MessageView; onDone: () => void }) {
  const { t } = useTranslation();
  const report = useReportMessage();
  const id = `report-${message.messageId}`;
  const form = useSchemaForm(
    messageReportSchema,
    { reason: "" },
    { idOf: (field) => `${id}-${field}` },
  );
  const submit = form.onSubmit(async ({ reason }) => {
    await report.mutateAsync({
      requestId: message.requestId,
      messageId: message.messageId,
      reason,
    });
    onDone();
  });
  return (
    <form
      noValidate
      className="form"
      aria-label={t("requests.thread.report", { name: message.author?.name ?? "" })}
      onSubmit={(event) => void submit(event)}
    >
      <FormErrors form={form} />
      <FormTextAreaField
        form={form}
        name="reason"
        label={t("requests.thread.reportReason")}
        rows={3}
      />
      <SubmitButton
        pending={form.formState.isSubmitting}
        pendingLabel={t("requests.thread.sending")}
      >
        {t("requests.thread.sendReport")}
      </SubmitButton>
    </form>
  );
}
