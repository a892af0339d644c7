import type { Item } from "@alliance/core/web";

/**
 * The item as its city edits it: for a published item with pending changes, the
 * revision's fields and files, not the published ones everybody else reads.
 */
export function editableOf(item: Item): Item {
  if (!item.revision) return item;
  return { ...item, ...item.revision.fields, attachments: item.revision.attachments };
}
