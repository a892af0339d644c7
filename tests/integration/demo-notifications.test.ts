import { createCore, createDynamoClient, notificationIdOf } from "@alliance/core";
import { DEMO_USERS, demoNotifications, LOCAL_REGION, seedDemoNotifications } from "@alliance/dev";
import { afterAll, describe, expect, inject, it } from "vitest";

const cloud = inject("localCloud");
const config = {
  tableName: cloud.ids.tableName,
  region: LOCAL_REGION,
  dynamoEndpoint: cloud.endpoints.dynamodb,
};
const client = createDynamoClient(config);
const { notification } = createCore({ config, client }).data.entities;
afterAll(() => client.destroy());

const inboxOf = async (recipientId: string) =>
  (await notification.query.byRecipient({ recipientId }).go({ pages: "all" })).data;

describe("the demo inboxes of `pnpm dev`", () => {
  it("give each demo person their notifications once, newest unread, and leave a filled inbox alone", async () => {
    const now = new Date();
    const filled = await seedDemoNotifications(cloud, now);
    const demos = demoNotifications();
    for (const { userId, notifications } of demos) {
      const inbox = await inboxOf(userId);
      expect(inbox.length, userId).toBeGreaterThan(0);
      if (!filled.includes(`notifications for ${userId}`)) continue;
      const byId = new Map(inbox.map((each) => [each.notificationId, each]));
      notifications.forEach((demo, index) => {
        const at = new Date(now.getTime() - demo.minutesAgo * 60_000).toISOString();
        const stored = byId.get(notificationIdOf({ eventId: demo.changeId, at }, userId));
        expect(stored, demo.changeId).toMatchObject({
          kind: demo.draft.kind,
          link: demo.draft.link,
        });
        const oldest = index === notifications.length - 1;
        expect(stored?.readAt !== undefined, demo.changeId).toBe(oldest);
      });
    }
    expect(filled.length).toBeGreaterThan(0);
    expect(demos.map((each) => each.userId)).toEqual(DEMO_USERS.map((user) => user.userId));
    // A second start (an hour later, say) writes nothing: the inboxes are not empty.
    expect(await seedDemoNotifications(cloud, new Date(now.getTime() + 3_600_000))).toEqual([]);
  });
});
