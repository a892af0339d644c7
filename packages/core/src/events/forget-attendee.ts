import type { DataService } from "../data/service.ts";

/**
 * On account deletion: the person's registrations stay (the organisers' counts and
 * attendance need them) but lose their name, and their calendar feed is deleted, so
 * its address answers 404.
 */
export async function forgetAttendee(data: DataService, userId: string): Promise<void> {
  const { eventRegistration, calendarFeed, calendarFeedOwner } = data.entities;
  const registrations = await eventRegistration.query
    .byPerson({ personId: userId })
    .go({ pages: "all" });
  for (const registration of registrations.data) {
    await eventRegistration
      .patch({ eventId: registration.eventId, userId })
      .set({ displayName: "" })
      .go();
  }
  const owner = await calendarFeedOwner.get({ userId }).go({ consistent: true });
  if (owner.data) {
    await calendarFeed.delete({ tokenHash: owner.data.tokenHash }).go();
    await calendarFeedOwner.delete({ userId }).go();
  }
}
