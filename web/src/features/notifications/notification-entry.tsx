import type { NotificationView } from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { describeRequestError } from "../../ui/query-error.tsx";
import { BusyButton } from "../../ui/submit-button.tsx";
import {
  notificationDetail,
  notificationMessage,
  notificationTarget,
} from "./notification-message.ts";
import { useMarkRead } from "./queries.ts";

/**
 * One notification: its sentence (a link to what it is about, which also marks it
 * read), when it came, and while unread a "New" tag (words, not only colour) and
 * "Mark as read", described by the sentence so that each button says which one.
 */
export function NotificationEntry({ notification }: { notification: NotificationView }) {
  const { t, i18n } = useTranslation();
  const markRead = useMarkRead();
  const unread = notification.readAt === null;
  const id = `ntf-${notification.notificationId}`;
  const message = notificationMessage(t, notification);
  const detail = notificationDetail(t, notification);
  const target = notificationTarget(notification);
  const when = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? i18n.language, {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(new Date(notification.createdAt));
  const mark = () => {
    if (unread && !markRead.isPending) markRead.mutate(notification.notificationId);
  };
  // "Mark as read" goes once used: a keyboard user's focus moves to the sentence's link.
  const markHere = () => {
    if (!unread || markRead.isPending) return;
    markRead.mutate(notification.notificationId, {
      onSuccess: () => document.getElementById(id)?.querySelector("a")?.focus(),
    });
  };

  return (
    <li className={unread ? "card notification notification--unread" : "card notification"}>
      <p className="notification__message" id={id}>
        {unread && <span className="badge notification__new">{t("notifications.new")}</span>}{" "}
        {target ? (
          <Link to={target} onClick={mark}>
            {message}
          </Link>
        ) : (
          message
        )}
      </p>
      {detail && <p className="notification__detail">{detail}</p>}
      <p className="notification__meta">
        <time dateTime={notification.createdAt}>{when}</time>
      </p>
      {unread && (
        <div className="actions">
          <BusyButton
            variant="secondary"
            busy={markRead.isPending}
            busyLabel={t("notifications.marking")}
            aria-describedby={id}
            onClick={markHere}
          >
            {t("notifications.markRead")}
          </BusyButton>
        </div>
      )}
      {markRead.isError && (
        <div className="notice notice--error" role="alert">
          <p>{describeRequestError(markRead.error, t)}</p>
          <button type="button" className="button button--secondary" onClick={markHere}>
            {t("actions.retry")}
          </button>
        </div>
      )}
    </li>
  );
}
