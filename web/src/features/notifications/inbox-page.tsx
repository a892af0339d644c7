import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Page } from "../../ui/page.tsx";
import { PagedResults } from "../../ui/paged-results.tsx";
import { describeRequestError } from "../../ui/query-error.tsx";
import { StatusMessage } from "../../ui/status.tsx";
import { BusyButton } from "../../ui/submit-button.tsx";
import { NotificationEntry } from "./notification-entry.tsx";
import { notificationQueries, useMarkAllRead } from "./queries.ts";

/** `/notifications`: the person's inbox, newest first, with "Mark all as read". */
function InboxPage() {
  const { t } = useTranslation();
  const inbox = useInfiniteQuery(notificationQueries.inbox());
  const markAll = useMarkAllRead();
  const items = inbox.data?.pages.flatMap((page) => page.items) ?? [];
  const anyUnread = items.some((item) => item.readAt === null);
  // Shown once anything is unread and kept after use, so that focus stays on it.
  const [offerMarkAll, setOfferMarkAll] = useState(false);
  if (anyUnread && !offerMarkAll) setOfferMarkAll(true);
  const markAllRead = () => {
    if (!markAll.isPending) markAll.mutate();
  };

  return (
    <Page title={t("notifications.title")}>
      <p>
        {t("notifications.intro")}{" "}
        <Link to="/profile#email-notifications">{t("notifications.choices")}</Link>
      </p>
      {offerMarkAll && (
        <div className="actions">
          <BusyButton
            variant="secondary"
            busy={markAll.isPending}
            busyLabel={t("notifications.markingAll")}
            onClick={markAllRead}
          >
            {t("notifications.markAll")}
          </BusyButton>
        </div>
      )}
      <StatusMessage>
        {markAll.isSuccess && !anyUnread ? t("notifications.allMarked") : undefined}
      </StatusMessage>
      {markAll.isError && (
        <div className="notice notice--error" role="alert">
          <p>{describeRequestError(markAll.error, t)}</p>
          <button type="button" className="button button--secondary" onClick={markAllRead}>
            {t("actions.retry")}
          </button>
        </div>
      )}
      <PagedResults
        search={inbox}
        items={items}
        render={(notification) => (
          <NotificationEntry key={notification.notificationId} notification={notification} />
        )}
        labels={{
          loading: t("notifications.loading"),
          empty: t("notifications.empty"),
          more: t("notifications.more"),
          loadingMore: t("notifications.loadingMore"),
        }}
      />
    </Page>
  );
}

export { InboxPage as Component };
