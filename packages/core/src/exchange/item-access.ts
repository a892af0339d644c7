import { type AuditAction, type AuditRecordItem, decisionAudit } from "../audit/index.ts";
import { currentMember, isAdmin, type Member, managesCity } from "../auth/index.ts";
import { isConditionalCheckFailed } from "../data/errors.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import { newId } from "../ids.ts";
import type { StoredItem } from "./exchange-item.entity.ts";
import { ITEM_RULES, isReadable } from "./item-policy.ts";
import type { ItemActions, ModerationEvent } from "./schemas.ts";

/*
 * Reading an item for one action, and writing a step of its workflow: what the
 * item use cases (items.ts, revisions.ts) share.
 */

export const itemNotFound = () =>
  new VisibleError("not-found", "item-not-found", "No item with this id is visible to you.");

export function staleVersion(): VisibleError {
  return new VisibleError(
    "precondition-failed",
    "stale-version",
    "This item was changed since you loaded it. Reload it and apply your changes again.",
  );
}

/** Why the item's state refuses each action (409). */
const WRONG_STATE: Record<keyof ItemActions, (item: StoredItem) => string> = {
  edit: (item) => `An item that is ${item.status} cannot be edited.`,
  addFiles: (item) => `An item that is ${item.status} cannot be changed.`,
  submit: (item) =>
    item.status === "published"
      ? item.revision
        ? "The changes to this item are already waiting for review."
        : "This item is published and has no changes to submit: edit it first."
      : `An item that is ${item.status} cannot be submitted for review.`,
  withdrawRevision: () => "This item has no pending changes to withdraw.",
  translate: (item) => `An item that is ${item.status} cannot be translated.`,
  review: () => "Nothing about this item is waiting for review.",
  archive: (item) => `An item that is ${item.status} cannot be archived.`,
  bookmark: () => "Only published items can be saved.",
};

function refused(action: keyof ItemActions): VisibleError {
  return action === "review"
    ? new VisibleError("forbidden", "role-required", "Only administrators review items.")
    : action === "translate"
      ? new VisibleError(
          "forbidden",
          "not-your-city",
          "Only this city's contributors and administrators can translate it.",
        )
      : new VisibleError(
          "forbidden",
          "not-your-city",
          "Only this city's contributors can change it.",
        );
}

type EventAction = ModerationEvent["action"];

/** The moderation log's decisions that are administrators' decisions, as the audit log names them. */
const AUDITED: Partial<Record<EventAction, AuditAction>> = {
  approved: "item-approved",
  "changes-requested": "item-changes-requested",
  "revision-approved": "item-revision-approved",
  "revision-changes-requested": "item-revision-changes-requested",
  archived: "item-archived",
};

/**
 * The audit record of `member`'s step on `item` when it is an administrator's decision
 * (decision 0050): a review, or archiving another city's item. A city archiving its own
 * item is in the item's moderation log only.
 */
function itemAudit(
  member: Member,
  item: StoredItem,
  action: EventAction,
  changes: Partial<StoredItem>,
  comment: string | undefined,
  at: string,
): AuditRecordItem[] {
  const audited = AUDITED[action];
  if (!audited || !isAdmin(member)) return [];
  if (action === "archived" && managesCity(member, item.cityId)) return [];
  const ofRevision = action.startsWith("revision-");
  const before = ofRevision ? `revision: ${item.revision?.status}` : `status: ${item.status}`;
  const after = ofRevision
    ? `revision: ${action === "revision-approved" ? "published" : "changes-requested"}`
    : `status: ${changes.status}`;
  return [
    decisionAudit(
      member,
      audited,
      { id: item.itemId, name: item.title },
      { before, after, reason: comment },
      at,
    ),
  ];
}

/**
 * Writes `changes` made at `at` as the item's next version, conditional on the
 * version it was read at (someone else's change in between is 412), and
 * answers the item as saved.
 */
export async function saveItem(
  data: DataService,
  item: StoredItem,
  changes: Partial<StoredItem>,
  at: string,
): Promise<StoredItem> {
  const next = { ...changes, changedAt: at, version: item.version + 1 };
  try {
    await data.entities.exchangeItem
      .patch({ itemId: item.itemId })
      .set(next)
      .where((attributes, { eq }) => eq(attributes.version, item.version))
      .go();
  } catch (error) {
    if (isConditionalCheckFailed(error)) throw staleVersion();
    throw error;
  }
  return { ...item, ...next } as StoredItem;
}

export function itemAccess(data: DataService, now: () => Date) {
  async function load(itemId: string): Promise<StoredItem> {
    const result = await data.entities.exchangeItem.get({ itemId }).go();
    if (!result.data) throw itemNotFound();
    return result.data;
  }

  return {
    load,

    /**
     * The item, for a caller who may take `action` on it at `expectedVersion`.
     * Someone who may read it learns it is not theirs (403); anyone else that it
     * does not exist (404). Then a stale version is 412 and a wrong state 409.
     */
    async loadFor(action: keyof ItemActions, itemId: string, expectedVersion: number) {
      const member = await currentMember(data);
      const item = await load(itemId);
      const rule = ITEM_RULES[action];
      if (!rule.who(member, item)) {
        if (isReadable(member, item) || isAdmin(member)) throw refused(action);
        throw itemNotFound();
      }
      if (item.version !== expectedVersion) throw staleVersion();
      if (!rule.when(item)) {
        throw new VisibleError("conflict", "invalid-status", WRONG_STATE[action](item));
      }
      return { member, item };
    },

    /**
     * Sets `changes` (and removes `remove`) and records `action` in the moderation
     * log, in one transaction conditional on the version the caller saw.
     */
    async transition(
      member: Member,
      item: StoredItem,
      step: {
        changes: Partial<StoredItem>;
        remove?: "revision"[];
        action: EventAction;
        comment?: string | undefined;
      },
    ): Promise<StoredItem> {
      const at = now().toISOString();
      const next = { ...step.changes, changedAt: at, version: item.version + 1 };
      const audit = itemAudit(member, item, step.action, step.changes, step.comment, at);
      const result = await data.transaction
        .write(({ exchangeItem, moderationEvent, auditRecord }) => {
          const patch = exchangeItem.patch({ itemId: item.itemId }).set(next);
          return [
            (step.remove?.length ? patch.remove(step.remove) : patch)
              .where((attributes, { eq }) => eq(attributes.version, item.version))
              .commit(),
            moderationEvent
              .create({
                itemId: item.itemId,
                at,
                eventId: newId("xch").slice(4),
                action: step.action,
                by: member.userId,
                byName: member.displayName,
                ...(step.comment && { comment: step.comment }),
              })
              .commit(),
            ...audit.map((record) => auditRecord.create(record).commit()),
          ];
        })
        .go();
      if (result.canceled) throw staleVersion();
      const saved = { ...item, ...next } as StoredItem;
      for (const attribute of step.remove ?? []) delete saved[attribute];
      return saved;
    },

    async moderationLog(itemId: string): Promise<ModerationEvent[]> {
      const events = await data.entities.moderationEvent.query
        .byItem({ itemId })
        .go({ pages: "all" });
      return events.data.map((event) => ({
        action: event.action,
        by: event.by,
        byName: event.byName,
        comment: event.comment ?? null,
        at: event.at,
      }));
    },
  };
}
