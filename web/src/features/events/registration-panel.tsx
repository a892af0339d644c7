import type { EventView } from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { describeRequestError } from "../../ui/query-error.tsx";
import { StatusMessage } from "../../ui/status.tsx";
import { BusyButton } from "../../ui/submit-button.tsx";
import { useAuth } from "../auth/index.ts";
import { useRegistration } from "./queries.ts";

/**
 * The reader's registration: register, or join the waiting list when the event is
 * full or others wait (nobody jumps the queue); their state and place in the queue;
 * cancel. The API says which of these the reader may do (`actions`).
 */
export function RegistrationPanel({ event }: { event: EventView }) {
  const { t } = useTranslation();
  const { state: auth } = useAuth();
  const { pathname } = useLocation();
  const step = useRegistration(event.eventId);
  const full = event.registeredCount >= event.capacity || event.waitingCount > 0;
  const mine = event.registration;
  // The answer to joining has the place at once; the event (after a reload) has it too.
  const position =
    mine !== "waiting"
      ? null
      : step.data?.state === "waiting"
        ? step.data.waitingPosition
        : event.waitingPosition;
  const closed = event.status === "published" && Date.parse(event.deadlineAt) <= Date.now();

  const said =
    mine === "registered"
      ? t("events.registration.youAreRegistered")
      : mine === "attended"
        ? t("events.registration.youAttended")
        : mine === "waiting"
          ? position
            ? t("events.registration.waitingAt", { position })
            : t("events.registration.youAreWaiting")
          : undefined;

  const run = (action: "register" | "cancel") => {
    if (!step.isPending) step.mutate(action);
  };

  return (
    <section aria-labelledby="event-registration" className="manage">
      <h2 id="event-registration">{t("events.registration.title")}</h2>
      <StatusMessage>{said}</StatusMessage>
      {event.status === "cancelled" && <p>{t("events.registration.eventCancelled")}</p>}
      {event.status === "published" && auth.status === "signed-out" && (
        <p>
          <Link to={`/sign-in?next=${encodeURIComponent(pathname)}`}>
            {t("events.registration.signIn")}
          </Link>
        </p>
      )}
      {closed && !mine && <p>{t("events.registration.closed")}</p>}
      {event.actions.register && (
        <div className="actions">
          {full && <p>{t("events.registration.fullHint")}</p>}
          <BusyButton
            busy={step.isPending && step.variables === "register"}
            blocked={step.isPending}
            busyLabel={t("events.registration.registering")}
            onClick={() => run("register")}
          >
            {full ? t("events.registration.join") : t("events.registration.register")}
          </BusyButton>
        </div>
      )}
      {event.actions.cancelRegistration && (
        <div className="actions">
          <BusyButton
            variant="secondary"
            busy={step.isPending && step.variables === "cancel"}
            blocked={step.isPending}
            busyLabel={t("events.registration.cancelling")}
            onClick={() => run("cancel")}
          >
            {mine === "waiting" ? t("events.registration.leave") : t("events.registration.cancel")}
          </BusyButton>
        </div>
      )}
      {step.isError && (
        <div className="notice notice--error" role="alert">
          <p>{describeRequestError(step.error, t)}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => step.variables && run(step.variables)}
          >
            {t("actions.retry")}
          </button>
        </div>
      )}
    </section>
  );
}
