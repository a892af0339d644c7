import type { DataService } from "../data/service.ts";

/** On account deletion: the person's notifications and e-mail choices go with it. */
export async function forgetRecipient(data: DataService, recipientId: string): Promise<void> {
  const { notification, notificationPreferences } = data.entities;
  const found = await notification.query
    .byRecipient({ recipientId })
    .go({ pages: "all", attributes: ["recipientId", "notificationId"] });
  if (found.data.length > 0) await notification.delete(found.data).go();
  await notificationPreferences.delete({ recipientId }).go();
}
