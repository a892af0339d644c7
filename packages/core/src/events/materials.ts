import { currentMember, type Member, optionalMember } from "../auth/index.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import type { AttachmentUpload } from "../exchange/attachment-schemas.ts";
import type { AttachmentStore } from "../exchange/attachment-store.ts";
import { type Listed, uploadPipeline } from "../exchange/upload-pipeline.ts";
import type { EventItem, StoredMaterial } from "./event.entity.ts";
import { eventStore } from "./event-store.ts";
import { type EventView, MATERIALS_PER_EVENT, type MaterialUploadRequest } from "./schemas.ts";

/** Storage folder of one material; its upload and checked keys derive from it (decision 0014). */
export const materialKey = (eventId: string, attachmentId: string) =>
  `events/${eventId}/${attachmentId}`;

const materialNotFound = () =>
  new VisibleError("not-found", "material-not-found", "This event has no such material.");

/**
 * An event's materials (slides, handouts), through the exchange's checked upload
 * pipeline: a presigned PUT, then a confirm step where the server checks a copy's
 * size and type by its first bytes before the event lists that copy. Organisers add
 * and remove them in any status and at any time, so a past or cancelled event keeps
 * and gains them; whoever may read the event downloads them (decision 0095).
 * `pendingUpload.itemId` holds the event id.
 */
export function materialUseCases(
  data: DataService,
  files: AttachmentStore,
  now: () => Date = () => new Date(),
) {
  const store = eventStore(data);
  const uploads = uploadPipeline(data, files, { noun: "event", folderOf: materialKey }, now);

  async function organised(eventId: string) {
    const member = await currentMember(data);
    const event = await store.managed(
      eventId,
      member,
      "Only the event's organisers can change its materials.",
    );
    return { member, event };
  }

  const view = (member: Member, event: EventItem) => store.view(member, event, now());

  const listed = (event: EventItem, attachmentId: string) =>
    (event.materials ?? []).find((each) => each.attachmentId === attachmentId);

  /** Adds `material` unless listed already; retried when the event changed meanwhile. */
  async function append(
    member: Member,
    event: EventItem,
    material: StoredMaterial,
  ): Promise<Listed<EventView>> {
    const { eventId } = event;
    const { attachmentId } = material;
    for (let attempt = 0; ; attempt += 1) {
      const already = listed(event, attachmentId);
      if (already) return { value: await view(member, event), listed: already };
      const materials = event.materials ?? [];
      if (materials.length >= MATERIALS_PER_EVENT) throw tooMany();
      const next = {
        materials: [...materials, material],
        updatedAt: now().toISOString(),
        version: event.version + 1,
      };
      const result = await data.transaction
        .write(({ event: events, pendingUpload }) => [
          events
            .patch({ eventId })
            .set(next)
            .where((attributes, { eq }) => eq(attributes.version, event.version))
            .commit(),
          pendingUpload.delete({ itemId: eventId, attachmentId }).commit(),
        ])
        .go();
      if (!result.canceled) {
        return { value: await view(member, { ...event, ...next }), listed: material };
      }
      if (attempt >= 2) return store.stale(eventId);
      event = await store.load(eventId);
    }
  }

  return {
    async requestUpload(
      eventId: string,
      request: MaterialUploadRequest,
    ): Promise<AttachmentUpload> {
      const { member, event } = await organised(eventId);
      if ((event.materials ?? []).length >= MATERIALS_PER_EVENT) throw tooMany();
      return uploads.start(eventId, request, member.userId);
    },

    /** Idempotent: confirming a material the event already lists answers the event. */
    async confirmUpload(eventId: string, attachmentId: string): Promise<EventView> {
      const { member, event } = await organised(eventId);
      if (listed(event, attachmentId)) return view(member, event);
      return uploads.confirm(eventId, attachmentId, {
        list: (file, declared) =>
          append(member, event, { ...file, title: declared.title ?? file.fileName }),
        reread: async () => {
          const current = await store.load(eventId);
          return listed(current, attachmentId) ? await view(member, current) : undefined;
        },
      });
    },

    /** A short-lived URL that downloads the material, for whoever may read the event. */
    async downloadUrl(eventId: string, attachmentId: string): Promise<string> {
      const member = await optionalMember(data);
      const material = listed(await store.readable(eventId, member), attachmentId);
      if (!material) throw materialNotFound();
      return uploads.serve(eventId, material);
    },

    async remove(eventId: string, attachmentId: string, version: number): Promise<EventView> {
      const { member, event } = await organised(eventId);
      if (event.version !== version) return store.stale(eventId);
      const removed = listed(event, attachmentId);
      if (!removed) throw materialNotFound();
      const next = {
        materials: (event.materials ?? []).filter((each) => each.attachmentId !== attachmentId),
        updatedAt: now().toISOString(),
        version: event.version + 1,
      };
      const result = await data.transaction
        .write(({ event: events }) => [
          events
            .patch({ eventId })
            .set(next)
            .where((attributes, { eq }) => eq(attributes.version, version))
            .commit(),
        ])
        .go();
      if (result.canceled) return store.stale(eventId);
      // The event no longer names the file; deleting it last leaves, at worst, an unreachable object.
      await uploads.discard(eventId, removed);
      return view(member, { ...event, ...next });
    },
  };
}

const tooMany = () =>
  new VisibleError(
    "conflict",
    "too-many-materials",
    `An event carries at most ${MATERIALS_PER_EVENT} materials; remove one first.`,
  );
