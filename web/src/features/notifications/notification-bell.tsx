import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { useAuth } from "../auth/index.ts";
import { notificationQueries } from "./queries.ts";

/** Past this the bell says "99+" (the API counts up to 100 and says when there are more). */
const SHOWN_MAX = 99;

/**
 * The header's bell, for a signed-in person: a link to the inbox whose name says how
 * many are unread ("Notifications, 3 unread"; no number when none). The count is
 * asked for again on an interval and when the tab regains focus (decision 0076); a
 * failure leaves the bell without a number, never an error in the header.
 */
export function NotificationBell() {
  const { state } = useAuth();
  if (state.status !== "signed-in") return null;
  return <Bell />;
}

function Bell() {
  const { t } = useTranslation();
  const count = useQuery(notificationQueries.unread());
  const unread = count.data?.unread ?? 0;
  const many = (count.data?.more ?? false) || unread > SHOWN_MAX;
  const name = many
    ? t("notifications.bell.many", { count: SHOWN_MAX })
    : unread > 0
      ? t("notifications.bell.unread", { count: unread })
      : t("notifications.bell.none");
  return (
    <NavLink to="/notifications" className="bell" aria-label={name}>
      <svg className="bell__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {unread > 0 && (
        <span className="bell__count" aria-hidden="true">
          {many ? `${SHOWN_MAX}+` : unread}
        </span>
      )}
    </NavLink>
  );
}
