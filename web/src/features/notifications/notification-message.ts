import type { NotificationView } from "@alliance/core/web";
import type { TFunction } from "i18next";

/** The decisions on a membership application a notification can name (from-changes.ts). */
const DECISIONS = new Set(["approved", "declined", "information-requested"]);

/**
 * A notification's sentence in the reader's language, from its kind and params (the
 * API sends values, never a sentence: decision 0062). A value missing from an older
 * notification reads as empty rather than as a placeholder.
 */
export function notificationMessage(t: TFunction, { kind, params }: NotificationView): string {
  const values = {
    title: params.title ?? "",
    city: params.city ?? "",
    author: params.author ?? "",
    search: params.search ?? "",
  };
  if (kind === "application-decided") {
    const decision = DECISIONS.has(params.decision ?? "") ? params.decision : "other";
    return t(`notifications.messages.application-decided.${decision}`, values);
  }
  return t(`notifications.messages.${kind}`, values);
}

/** What the person who acted wrote with it (a reviewer's comment, a cancellation's reason). */
export function notificationDetail(t: TFunction, { kind, params }: NotificationView) {
  if (kind === "item-sent-back" && params.comment) {
    return t("notifications.detail.comment", { text: params.comment });
  }
  if (kind === "event-cancelled" && params.reason) {
    return t("notifications.detail.reason", { text: params.reason });
  }
  return undefined;
}

/**
 * The page a notification is about, if its link is a path of this site (an absolute
 * or protocol-relative address is not followed).
 */
export function notificationTarget({ link }: NotificationView): string | undefined {
  return link.startsWith("/") && !link.startsWith("//") ? link : undefined;
}
