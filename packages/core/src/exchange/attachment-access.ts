import { currentMember, isAdmin, optionalMember } from "../auth/index.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import { ATTACHMENTS_PER_ITEM } from "./attachment-schemas.ts";
import type { StoredItem } from "./exchange-item.entity.ts";
import { ITEM_RULES, isReadable } from "./item-policy.ts";

/*
 * Who may do what with an item's attachments: the same rules as the item itself
 * (items.ts). Reading follows `get`; changing follows `update`, so another city's
 * unpublished item answers 404 and a visible one 403.
 */

const itemNotFound = () =>
  new VisibleError("not-found", "item-not-found", "No item with this id is visible to you.");

export const attachmentNotFound = () =>
  new VisibleError("not-found", "attachment-not-found", "This item has no such attachment.");

export const tooMany = () =>
  new VisibleError(
    "conflict",
    "too-many-attachments",
    `An item carries at most ${ATTACHMENTS_PER_ITEM} attachments; remove one first.`,
  );
export const staleVersion = () =>
  new VisibleError(
    "precondition-failed",
    "stale-version",
    "This item was changed since you loaded it. Reload it and apply your changes again.",
  );

async function load(data: DataService, itemId: string): Promise<StoredItem> {
  const result = await data.entities.exchangeItem.get({ itemId }).go();
  if (!result.data) throw itemNotFound();
  return result.data;
}

/** The item, if the caller may read it (and so download its attachments). */
export async function loadForRead(data: DataService, itemId: string) {
  const member = await optionalMember(data);
  const item = await load(data, itemId);
  if (!isReadable(member, item)) throw itemNotFound();
  return { member, item };
}

/** The item, if the caller may add files to it: the item policy's `addFiles` rule. */
export async function loadForChange(data: DataService, itemId: string) {
  const member = await currentMember(data);
  const item = await load(data, itemId);
  if (!ITEM_RULES.addFiles.who(member, item)) {
    if (isReadable(member, item) || isAdmin(member)) {
      throw new VisibleError(
        "forbidden",
        "not-your-city",
        "Only this city's contributors can change its attachments.",
      );
    }
    throw itemNotFound();
  }
  if (!ITEM_RULES.addFiles.when(item)) {
    throw new VisibleError(
      "conflict",
      "invalid-status",
      "An item that is archived cannot be changed.",
    );
  }
  return { member, item };
}

/**
 * Storage keys are made here, never by the client: one folder per item. Its
 * upload and checked keys derive from it (checked-files.ts); files confirmed
 * before decision 0014 live at it.
 */
export const objectKey = (itemId: string, attachmentId: string) =>
  `exchange/${itemId}/${attachmentId}`;

/**
 * `attachment` with an ASCII fallback name for old clients and the exact name
 * in RFC 5987 form (`filename*`), so any name downloads under itself.
 */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
