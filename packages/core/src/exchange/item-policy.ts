import { isAdmin, type Member, managesCity } from "../auth/index.ts";
import type { StoredItem } from "./exchange-item.entity.ts";
import type { ItemActions } from "./schemas.ts";

/*
 * Who may do what with an item, in one place. Each action has two halves:
 * `who` (the caller's relation to the item: failing it is 403, or 404 where the
 * item is not theirs to see) and `when` (the item's state: failing it is 409).
 * The use cases guard each action with these rules, and the item's `actions`
 * field is computed from the very same ones, so the web never restates them.
 */

type Who = (member: Member | null, item: StoredItem) => boolean;
type When = (item: StoredItem) => boolean;

const ownCity: Who = (member, item) => managesCity(member, item.cityId);
const admin: Who = (member) => isAdmin(member);
const notArchived: When = (item) => item.status !== "archived";

/** A draft or a sent-back item goes to review; so does a published item's revision in the same states. */
function awaitsSubmission(item: StoredItem): boolean {
  if (item.status === "draft" || item.status === "changes-requested") return true;
  const revision = item.revision?.status;
  return item.status === "published" && (revision === "draft" || revision === "changes-requested");
}

export const ITEM_RULES: Record<keyof ItemActions, { who: Who; when: When }> = {
  edit: { who: ownCity, when: notArchived },
  addFiles: { who: ownCity, when: notArchived },
  submit: { who: ownCity, when: awaitsSubmission },
  withdrawRevision: { who: ownCity, when: (item) => Boolean(item.revision) },
  translate: {
    who: (member, item) => ownCity(member, item) || admin(member, item),
    when: notArchived,
  },
  review: {
    who: admin,
    when: (item) => item.status === "submitted" || item.revision?.status === "submitted",
  },
  archive: {
    who: (member, item) => ownCity(member, item) || admin(member, item),
    when: notArchived,
  },
  bookmark: { who: (member) => member !== null, when: (item) => item.status === "published" },
};

/** What `member` (null when signed out) may do with `item` now. */
export function itemActions(member: Member | null, item: StoredItem): ItemActions {
  const entries = Object.entries(ITEM_RULES).map(([action, rule]) => [
    action,
    rule.who(member, item) && rule.when(item),
  ]);
  return Object.fromEntries(entries) as ItemActions;
}

/** Its city and administrators see every status, the moderation log and the pending revision. */
export const isInsider = (member: Member | null, item: StoredItem) =>
  ownCity(member, item) || admin(member, item);

/** Anyone reads a published public item; members read published members-only items too. */
export const isReadable = (member: Member | null, item: StoredItem) =>
  isInsider(member, item) ||
  (item.status === "published" && (item.visibility === "public" || member !== null));
