/**
 * Notifications (decisions 0062, 0076): the header's bell, the inbox page, the
 * profile's e-mail choices and the landing page of an e-mail's unsubscribe link. The
 * router reaches the pages by path; the layout shows the bell, the profile the choices.
 */
export { NotificationBell } from "./notification-bell.tsx";
export { NotificationPreferencesSection } from "./preferences-section.tsx";
export { notificationKeys } from "./queries.ts";
