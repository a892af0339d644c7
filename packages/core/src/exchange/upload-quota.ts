import { isConditionalCheckFailed } from "../data/errors.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";

/** What holds listed files through the pipeline: an exchange item, a course or an event. */
export type UploadOwnerNoun = "item" | "course" | "event";

/** Uploads one item, course or event may have declared and not yet confirmed. */
export const PENDING_UPLOADS_PER_OWNER = 10;
/** Uploads one person may have declared and not yet confirmed, over all items, courses and events. */
export const PENDING_UPLOADS_PER_USER = 20;
/** How long a declared upload may be confirmed, and counts towards the caps. */
export const PENDING_UPLOAD_SECONDS = 60 * 60;

const WAIT = `Confirm them, or wait until they expire (${PENDING_UPLOAD_SECONDS / 60} minutes after they were requested), then try again.`;

const ownerFull = (owner: UploadOwnerNoun) =>
  new VisibleError(
    "conflict",
    "too-many-pending-uploads",
    `This ${owner} already has ${PENDING_UPLOADS_PER_OWNER} uploads waiting for confirmation. ${WAIT}`,
  );
const userFull = () =>
  new VisibleError(
    "conflict",
    "too-many-pending-uploads",
    `You already have ${PENDING_UPLOADS_PER_USER} uploads waiting for confirmation. ${WAIT}`,
  );

/** One declared upload, as its holders' open-upload sets name it. */
export interface UploadSlot {
  ownerId: string;
  userId: string;
  entry: string;
}

/**
 * The caps on uploads declared and not confirmed, per owner and per person:
 * each holder's open uploads are one set, and taking a place in it is one
 * conditional write on its size (decision 0014). No count is read first, so
 * parallel declarations cannot all see room: exactly the cap succeed.
 */
export function uploadQuota(data: DataService, now: () => Date) {
  const ledger = data.entities.openUploads;
  const nowSeconds = () => Math.floor(now().getTime() / 1000);

  /**
   * Drops entries whose time is past; answers whether the set has room now.
   * A strongly consistent read: right after another request's write, a stale
   * one could see a full set that has room, or room that is gone.
   */
  async function roomAfterPruning(holderId: string, cap: number): Promise<boolean> {
    const found = await ledger.get({ holderId }).go({ consistent: true });
    const entries = found.data?.uploads ?? [];
    const expired = entries.filter((entry) => Number(entry.split("#")[0]) <= nowSeconds());
    if (expired.length > 0) await remove(holderId, expired);
    return entries.length - expired.length < cap;
  }

  async function remove(holderId: string, entries: string[]) {
    try {
      await ledger.patch({ holderId }).delete({ uploads: entries }).go({ response: "none" });
    } catch (error) {
      // The set expired as a whole (TTL) meanwhile: nothing is left to remove.
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }

  /** Releases a slot; a failure only keeps it counted until it expires. */
  const release = async (slot: UploadSlot) => {
    await Promise.all([
      remove(slot.ownerId, [slot.entry]).catch(() => undefined),
      remove(slot.userId, [slot.entry]).catch(() => undefined),
    ]);
  };

  return {
    /**
     * Takes a place for one upload under both caps, or throws 409 naming the full one.
     * Both places are taken in one transaction, so a refusal writes nothing (not even
     * the other set's expiry); after a refusal it tries again only if the full set has
     * room once its expired entries are gone.
     */
    async reserve(
      owner: { id: string; noun: UploadOwnerNoun },
      userId: string,
      attachmentId: string,
      expiresAt: number,
    ): Promise<UploadSlot> {
      const slot = { ownerId: owner.id, userId, entry: `${expiresAt}#${attachmentId}` };
      const caps = [
        { holderId: owner.id, cap: PENDING_UPLOADS_PER_OWNER, full: () => ownerFull(owner.noun) },
        { holderId: userId, cap: PENDING_UPLOADS_PER_USER, full: userFull },
      ];
      for (let attempt = 0; attempt <= PENDING_UPLOADS_PER_USER; attempt += 1) {
        const result = await data.transaction
          .write(({ openUploads }) =>
            caps.map(({ holderId, cap }) =>
              openUploads
                .update({ holderId })
                .add({ uploads: [slot.entry] })
                .set({ expiresAt })
                // `value` names a number attribute only so that the cap is typed as a number.
                .where(
                  (set, { notExists, size, value }) =>
                    `${notExists(set.uploads)} OR ${size(set.uploads)} < ${value(set.expiresAt, cap)}`,
                )
                .commit(),
            ),
          )
          .go();
        if (!result.canceled) return slot;
        for (const [index, { holderId, cap, full }] of caps.entries()) {
          const outcome = (result.data as { code?: string }[])[index];
          if (outcome?.code !== "ConditionalCheckFailed") continue;
          if (!(await roomAfterPruning(holderId, cap))) throw full();
        }
      }
      throw userFull();
    },
    release,
    slotOf: (pending: {
      itemId: string;
      requestedBy: string;
      attachmentId: string;
      expiresAt: number;
    }): UploadSlot => ({
      ownerId: pending.itemId,
      userId: pending.requestedBy,
      entry: `${pending.expiresAt}#${pending.attachmentId}`,
    }),
  };
}
