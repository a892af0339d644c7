import {
  type EventCancellation,
  type EventView,
  eventCancellationSchema,
} from "@alliance/core/web";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { problemOf } from "../../api/problem.ts";
import { ConflictNotice } from "../../ui/conflict-notice.tsx";
import { FormErrors, FormTextAreaField, useSchemaForm } from "../../ui/form/index.ts";
import { describeRequestError } from "../../ui/query-error.tsx";
import { BusyButton, SubmitButton } from "../../ui/submit-button.tsx";
import { eventKeys, useCancelEvent, usePublishEvent } from "./queries.ts";

/** After a 412: the event is read again, and the organiser decides anew. */
function useReloadEvent(eventId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: eventKeys.one(eventId) });
}

/** Cancelling, with a reason the people registered are told. */
function CancelForm({ event, onDone }: { event: EventView; onDone: () => void }) {
  const { t } = useTranslation();
  const cancel = useCancelEvent();
  const reloadEvent = useReloadEvent(event.eventId);
  const form = useSchemaForm<{ reason: string }, EventCancellation>(
    eventCancellationSchema,
    { reason: "" },
    {
      toInput: (values) => (values.reason.trim() ? { reason: values.reason.trim() } : {}),
      idOf: (field) => `cancel-${field}`,
    },
  );
  // Opened by "Cancel the event…": the keyboard continues in the form.
  useEffect(() => document.getElementById("cancel-reason")?.focus(), []);
  const submit = form.onSubmit(async (cancellation) => {
    await cancel.mutateAsync({ eventId: event.eventId, version: event.version, cancellation });
    onDone();
  });
  return (
    <>
      {form.conflict && (
        <ConflictNotice
          headingLevel={3}
          title={t("events.conflict.title")}
          body={t("events.conflict.body")}
          reloadLabel={t("events.conflict.reload")}
          reloading={form.reloading}
          onReload={() =>
            void form.reload(reloadEvent, () => {
              // The reason typed stays: only the event's version is new.
            })
          }
        />
      )}
      <FormErrors form={form} />
      <form noValidate className="form" onSubmit={(e) => void submit(e)}>
        <FormTextAreaField
          form={form}
          name="reason"
          label={t("events.cancel.reason")}
          hint={t("events.cancel.reasonHint")}
          rows={4}
        />
        <SubmitButton
          pending={form.formState.isSubmitting}
          pendingLabel={t("events.cancel.pending")}
        >
          {t("events.cancel.confirm")}
        </SubmitButton>
      </form>
    </>
  );
}

/** The organisers' steps on the event page: edit, publish, cancel, who registered. */
export function OrganiserPanel({ event }: { event: EventView }) {
  const { t } = useTranslation();
  const publish = usePublishEvent();
  const reloadEvent = useReloadEvent(event.eventId);
  const [cancelling, setCancelling] = useState(false);
  const { actions } = event;
  if (!actions.edit && !actions.publish && !actions.cancel && !actions.seeRegistrations) {
    return null;
  }
  const stale = publish.isError && problemOf(publish.error).stale;
  return (
    <section aria-labelledby="event-organise" className="manage">
      <h2 id="event-organise">{t("events.organise.title")}</h2>
      {event.status === "draft" && <p>{t("events.organise.draftHint")}</p>}
      <p className="actions actions--row">
        {actions.edit && (
          <Link className="button button--secondary" to={`/events/${event.eventId}/edit`}>
            {t("events.organise.edit")}
          </Link>
        )}
        {actions.seeRegistrations && (
          <Link className="button button--secondary" to={`/events/${event.eventId}/registrations`}>
            {t("events.organise.registrations")}
          </Link>
        )}
      </p>
      {actions.publish && (
        <div className="actions">
          <BusyButton
            busy={publish.isPending}
            busyLabel={t("events.organise.publishing")}
            onClick={() => publish.mutate({ eventId: event.eventId, version: event.version })}
          >
            {t("events.organise.publish")}
          </BusyButton>
        </div>
      )}
      {stale && (
        <ConflictNotice
          headingLevel={3}
          title={t("events.conflict.title")}
          body={t("events.conflict.body")}
          reloadLabel={t("events.conflict.reload")}
          onReload={() => {
            publish.reset();
            void reloadEvent();
          }}
        />
      )}
      {publish.isError && !stale && (
        <div className="notice notice--error" role="alert">
          <p>{describeRequestError(publish.error, t)}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => publish.mutate({ eventId: event.eventId, version: event.version })}
          >
            {t("actions.retry")}
          </button>
        </div>
      )}
      {actions.cancel && !cancelling && (
        <div className="actions">
          <button
            type="button"
            className="button button--danger"
            onClick={() => setCancelling(true)}
          >
            {t("events.cancel.open")}
          </button>
        </div>
      )}
      {actions.cancel && cancelling && (
        <section aria-labelledby="event-cancel">
          <h3 id="event-cancel">{t("events.cancel.title")}</h3>
          <CancelForm event={event} onDone={() => setCancelling(false)} />
        </section>
      )}
    </section>
  );
}
