import type { DataService } from "../../data/service.ts";
import type { NotificationKind } from "../schemas.ts";
import { newUnsubscribeLink } from "../unsubscribe-links.ts";
import type { AddressBook } from "./recipient-address.ts";
import type { OutgoingEmail } from "./ses-sender.ts";

/** What sending notification e-mail needs: the table, SES, the user pool and the addresses. */
export interface MailDeps {
  data: DataService;
  send: (email: OutgoingEmail) => Promise<void>;
  addressOf: AddressBook;
  /** The sender (`EMAIL_FROM`). */
  from: string;
  /** The web app's origin: the item's page, the unsubscribe page and the settings. */
  webOrigin: string;
  /** The API's origin: the one-click `List-Unsubscribe` address (RFC 8058). */
  apiOrigin: string;
  now?: () => Date;
}

/** A new unsubscribe token for one person and kind, and the two addresses that use it. */
export async function unsubscribeLinks(
  deps: MailDeps,
  recipientId: string,
  kind: NotificationKind,
) {
  const token = await newUnsubscribeLink(deps.data, recipientId, kind, (deps.now ?? now)());
  return {
    /** The web page (it asks, then calls the one-click address). */
    page: `${deps.webOrigin}/unsubscribe/${token}`,
    /** The one-click address for `List-Unsubscribe`. */
    oneClick: `${deps.apiOrigin}/api/unsubscribe/${token}`,
  };
}

/** The settings page, where every choice can be changed. */
export const settingsPage = (deps: MailDeps) => `${deps.webOrigin}/profile`;

/** An absolute address of the web app for a notification's path. */
export const webPage = (deps: MailDeps, path: string) => `${deps.webOrigin}${path}`;

const now = () => new Date();
