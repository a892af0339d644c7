import type { DataService } from "../data/service.ts";
import type { Migration } from "../migrations/migration.ts";
import {
  type ApplicationItem,
  applicationExpiry,
  EXPIRING_STATES,
} from "./membership-application.entity.ts";

const readApplications = (data: DataService, cursor: string | null, limit: number) =>
  data.entities.membershipApplication.query.byState({}).go({ cursor, limit });

/**
 * Migration 002: the retention of applications that were declined or withdrawn before
 * applications had one (decision 0045): each such application and every entry of its
 * log get the expiry a step sets now, counted from the application's last step
 * (`updatedAt`). One that is past its year is deleted by DynamoDB's TTL soon after.
 * Pages through the administrators' queue index; sets only what is missing, so a second
 * run changes nothing.
 */
export const membershipRetentionMigration: Migration<ApplicationItem> = {
  id: "002-membership-retention",
  title: "An expiry on declined and withdrawn membership applications and their logs",
  async page(data, cursor, limit) {
    const page = await readApplications(data, cursor, limit);
    return { items: page.data, cursor: page.cursor };
  },
  async apply(data, application, dryRun) {
    if (!(EXPIRING_STATES as readonly string[]).includes(application.state)) return null;
    const { applicationId } = application;
    const expiresAt = application.expiresAt ?? applicationExpiry(application.updatedAt);
    const { data: log } = await data.entities.membershipEvent.query
      .byApplication({ applicationId })
      .go({ pages: "all", attributes: ["applicationId", "at", "eventId", "expiresAt"] });
    const missing = log.filter((entry) => entry.expiresAt === undefined);
    if (application.expiresAt !== undefined && missing.length === 0) return null;
    const what = `expire ${applicationId} and ${missing.length} log entries at ${new Date(expiresAt * 1000).toISOString()}`;
    if (dryRun) return `would ${what}`;
    if (application.expiresAt === undefined) {
      // Only if it is still in the state read: a step taken meanwhile set its own.
      await data.entities.membershipApplication
        .patch({ applicationId })
        .set({ expiresAt })
        .where(({ state }, { eq }) => eq(state, application.state))
        .go();
    }
    for (const { applicationId: id, at, eventId } of missing) {
      await data.entities.membershipEvent
        .patch({ applicationId: id, at, eventId })
        .set({ expiresAt })
        .go();
    }
    return what;
  },
};
