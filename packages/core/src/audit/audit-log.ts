import { requireRole } from "../auth/index.ts";
import { queryPage } from "../data/pagination.ts";
import type { DataService } from "../data/service.ts";
import { newId } from "../ids.ts";
import { toCsv } from "../learning/index.ts";
import { AUDIT_RETENTION_YEARS, type AuditRecordItem } from "./audit-record.entity.ts";
import type { AuditPage, AuditQuery, AuditRecord } from "./schemas.ts";
import { AUDIT_ACTION_OBJECTS, type AuditAction, type AuditObject } from "./taxonomy.ts";

/** What a use case tells the log about its change; the log adds the id, time and expiry. */
export interface AuditEntry {
  actor: { userId: string; displayName: string };
  object: { type: AuditObject; id: string; name: string };
  action: AuditAction;
  before: string;
  after: string;
  /** The administrator's reason, when the decision takes one. */
  reason?: string | undefined;
}

/** The record of `entry` at `at`, to create in the change's own transaction. */
export function auditItem(entry: AuditEntry, at: Date): AuditRecordItem {
  const expiry = new Date(at);
  expiry.setUTCFullYear(expiry.getUTCFullYear() + AUDIT_RETENTION_YEARS);
  return {
    auditId: newId("aud"),
    at: at.toISOString(),
    actorId: entry.actor.userId,
    actorName: entry.actor.displayName,
    objectType: entry.object.type,
    objectId: entry.object.id,
    objectName: entry.object.name,
    action: entry.action,
    before: entry.before,
    after: entry.after,
    ...(entry.reason && { reason: entry.reason }),
    expiresAt: Math.floor(expiry.getTime() / 1000),
  };
}

/**
 * The record of an administrator's membership or moderation decision (decision 0050), to
 * create in the decision's own transaction: the object's type follows from the action.
 */
export function decisionAudit(
  actor: { userId: string; displayName: string },
  action: AuditAction,
  object: { id: string; name: string },
  change: { before: string; after: string; reason?: string | undefined },
  at: string,
): AuditRecordItem {
  return auditItem(
    { actor, object: { ...object, type: AUDIT_ACTION_OBJECTS[action] }, action, ...change },
    new Date(at),
  );
}

function toRecord(item: AuditRecordItem): AuditRecord {
  const { expiresAt: _expiry, reason, ...record } = item;
  return { ...record, reason: reason ?? null };
}

/** Rows of a CSV export at most: ten years of a busy secretariat's decisions. */
export const AUDIT_EXPORT_LIMIT = 10_000;

/**
 * The audit log, newest first. A date range is the key condition (of the whole log, or of
 * one object's trail when `object` is given); actor and action are filters, and a page
 * reads on until it has `limit` matches or the log ends (ElectroDB's `count`).
 */
export function auditLogUseCases(data: DataService) {
  const records = data.entities.auditRecord;

  function query(filters: AuditQuery) {
    const start = filters.from ? `${filters.from}T00:00:00.000Z` : undefined;
    // The last instant of the end day: "to" includes that day.
    const end = filters.to ? `${filters.to}T23:59:59.999Z~` : undefined;
    const base = filters.object
      ? records.query.byObject({ objectId: filters.object })
      : records.query.byTime({});
    const ranged =
      start && end
        ? base.between({ at: start }, { at: end })
        : start
          ? base.gte({ at: start })
          : end
            ? base.lte({ at: end })
            : base;
    if (!filters.actor && !filters.action) return ranged;
    return ranged.where((attributes, { eq }) =>
      [
        filters.actor ? eq(attributes.actorId, filters.actor) : "",
        filters.action ? eq(attributes.action, filters.action) : "",
      ]
        .filter(Boolean)
        .join(" AND "),
    );
  }

  async function page(filters: AuditQuery): Promise<AuditPage> {
    const found = await queryPage(query(filters), {
      cursor: filters.cursor,
      limit: filters.limit,
      order: "desc",
      filtered: Boolean(filters.actor || filters.action),
    });
    return { items: found.items.map(toRecord), cursor: found.cursor };
  }

  return {
    async list(filters: AuditQuery): Promise<AuditPage> {
      requireRole("admin");
      return page(filters);
    },

    /** The filtered log as CSV, newest first, up to AUDIT_EXPORT_LIMIT rows. */
    async csv(filters: AuditQuery): Promise<string> {
      requireRole("admin");
      const rows: AuditRecord[] = [];
      let cursor: string | undefined = filters.cursor;
      do {
        const next = await page({ ...filters, cursor, limit: 100 });
        rows.push(...next.items);
        cursor = next.cursor ?? undefined;
      } while (cursor && rows.length < AUDIT_EXPORT_LIMIT);
      return toCsv([
        [
          "at",
          "actor_id",
          "actor",
          "action",
          "object_type",
          "object_id",
          "object",
          "before",
          "after",
          "reason",
        ],
        ...rows
          .slice(0, AUDIT_EXPORT_LIMIT)
          .map((record) => [
            record.at,
            record.actorId,
            record.actorName,
            record.action,
            record.objectType,
            record.objectId,
            record.objectName,
            record.before,
            record.after,
            record.reason ?? "",
          ]),
      ]);
    },
  };
}
