import { isDeepStrictEqual } from "node:util";
import { type Member, managesCity } from "../auth/index.ts";
import { VisibleError } from "../errors.ts";
import { objectKey } from "./attachment-access.ts";
import type { AttachmentStore } from "./attachment-store.ts";
import { servedKeyOf } from "./checked-files.ts";
import type {
  StoredAttachment,
  StoredItem,
  StoredRevision,
  StoredTranslations,
} from "./exchange-item.entity.ts";
import type { itemAccess } from "./item-access.ts";
import { assertReadyForReview } from "./readiness.ts";
import type { ItemPatch } from "./schemas.ts";
import type { OriginalText } from "./translation-freshness.ts";
import { publishedAttachments, publishedFields } from "./views.ts";

/*
 * Pending revisions of published items (docs/decisions/0013-revisions-and-permissions.md).
 * A published item's text stays live while its city's changes wait beside it as
 * `revision`: every field, and its files. Search, lists and every reader outside
 * the city and the administrators only ever see the published attributes.
 */

function startRevision(item: StoredItem, member: Member, at: string): StoredRevision {
  return {
    fields: publishedFields(item),
    attachments: publishedAttachments(item),
    translations: item.translations ?? {},
    status: "draft",
    by: member.userId,
    byName: member.displayName,
    updatedAt: at,
  };
}

/** The revision with `change` applied, started from the published content if there is none. */
function revised(
  item: StoredItem,
  member: Member,
  at: string,
  change: Partial<Pick<StoredRevision, "fields" | "attachments" | "translations">>,
): StoredRevision {
  const base = item.revision ?? startRevision(item, member, at);
  return { ...base, ...change, by: member.userId, byName: member.displayName, updatedAt: at };
}

/** What an edit writes: to a published item, its revision (the published text stays). */
export function editChanges(
  item: StoredItem,
  member: Member,
  patch: ItemPatch,
  at: string,
): Partial<StoredItem> {
  if (item.status !== "published") return { ...patch, updatedAt: at };
  const fields = { ...(item.revision?.fields ?? publishedFields(item)), ...patch };
  return { revision: revised(item, member, at, { fields }) };
}

/** The translations being edited: of a published item with a revision, those of the revision. */
export function editableTranslations(item: StoredItem): StoredTranslations {
  return (item.status === "published" && item.revision?.translations) || item.translations || {};
}

/**
 * What a change of translations writes (decision 0081). Like an edit, a city's change to
 * a published item goes to its revision, for review. An administrator's goes live at
 * once (they are the review), and into a pending revision too, so approving it later
 * does not undo it. `change` is told the original text beside each map of translations
 * it changes (the published text, or the revision's), which a new translation is made from.
 */
export function translationChanges(
  item: StoredItem,
  member: Member,
  change: (translations: StoredTranslations, original: OriginalText) => StoredTranslations,
  at: string,
): Partial<StoredItem> {
  const published = item.translations ?? {};
  if (item.status !== "published") return { translations: change(published, item), updatedAt: at };
  if (managesCity(member, item.cityId)) {
    const original = item.revision?.fields ?? item;
    return {
      revision: revised(item, member, at, {
        translations: change(editableTranslations(item), original),
      }),
    };
  }
  return {
    translations: change(published, item),
    updatedAt: at,
    ...(item.revision && {
      revision: {
        ...item.revision,
        translations: change(item.revision.translations ?? published, item.revision.fields),
      },
    }),
  };
}

/** The files being edited: of a published item, those of its revision. */
export function editableAttachments(item: StoredItem): StoredAttachment[] {
  return item.status === "published" && item.revision
    ? item.revision.attachments
    : publishedAttachments(item);
}

/** What a change of files writes: to a published item, its revision. */
export function attachmentChanges(
  item: StoredItem,
  member: Member,
  attachments: StoredAttachment[],
  at: string,
): Partial<StoredItem> {
  if (item.status !== "published") return { attachments, updatedAt: at };
  return { revision: revised(item, member, at, { attachments }) };
}

/** Every file the item names, published or proposed: `insider` sees the proposed ones too. */
export function namedAttachments(item: StoredItem, insider: boolean): StoredAttachment[] {
  const proposed = insider ? (item.revision?.attachments ?? []) : [];
  const published = publishedAttachments(item);
  return [
    ...published,
    ...proposed.filter((file) => !published.some((p) => p.attachmentId === file.attachmentId)),
  ];
}

/** Deep equality: maps read back from DynamoDB do not keep their key order. */
const same = (a: unknown, b: unknown) => isDeepStrictEqual(a, b);

/** The steps of a revision's review, each one transaction with its moderation event. */
export function revisionSteps(access: ReturnType<typeof itemAccess>, store: AttachmentStore) {
  /** Deletes the objects `before` named and `after` no longer does; a failure leaves an unreachable object. */
  async function dropFiles(before: StoredItem, after: StoredItem): Promise<void> {
    const kept = new Set(namedAttachments(after, true).map((file) => file.attachmentId));
    const dropped = namedAttachments(before, true).filter((file) => !kept.has(file.attachmentId));
    await Promise.all(
      dropped.map((file) =>
        store
          .remove(servedKeyOf(file, objectKey(before.itemId, file.attachmentId)))
          .catch(() => undefined),
      ),
    );
  }

  return {
    dropFiles,

    async submit(member: Member, item: StoredItem, revision: StoredRevision) {
      if (
        same(revision.fields, publishedFields(item)) &&
        same(revision.attachments, item.attachments) &&
        same(revision.translations ?? item.translations ?? {}, item.translations ?? {})
      ) {
        throw new VisibleError(
          "conflict",
          "revision-unchanged",
          "These changes are the same as the published item: nothing to review.",
        );
      }
      assertReadyForReview({ ...item, ...revision.fields });
      return access.transition(member, item, {
        changes: { revision: { ...revision, status: "submitted" } },
        action: "revision-submitted",
      });
    },

    /** The proposed content becomes the published content, and the revision is gone. */
    async approve(
      member: Member,
      item: StoredItem,
      revision: StoredRevision,
      at: string,
      comment?: string,
    ) {
      const saved = await access.transition(member, item, {
        changes: {
          ...revision.fields,
          attachments: revision.attachments,
          ...(revision.translations && { translations: revision.translations }),
          updatedAt: at,
          lastReviewedAt: at,
        },
        remove: ["revision"],
        action: "revision-approved",
        comment,
      });
      await dropFiles(item, saved);
      return saved;
    },

    requestChanges(member: Member, item: StoredItem, revision: StoredRevision, comment?: string) {
      return access.transition(member, item, {
        changes: { revision: { ...revision, status: "changes-requested" } },
        action: "revision-changes-requested",
        comment,
      });
    },

    async withdraw(member: Member, item: StoredItem) {
      const saved = await access.transition(member, item, {
        changes: {},
        remove: ["revision"],
        action: "revision-withdrawn",
      });
      await dropFiles(item, saved);
      return saved;
    },
  };
}
