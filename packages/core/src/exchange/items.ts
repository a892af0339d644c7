import { currentMember, optionalMember, requireContributorCity } from "../auth/index.ts";
import { assertActiveMember } from "../cities/index.ts";
import { type Page, queryPage } from "../data/pagination.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import { newId } from "../ids.ts";
import type { AttachmentStore } from "./attachment-store.ts";
import type { StoredItem } from "./exchange-item.entity.ts";
import { itemAccess, itemNotFound, saveItem } from "./item-access.ts";
import { isInsider, isReadable } from "./item-policy.ts";
import { assertReadyForReview } from "./readiness.ts";
import { editChanges, revisionSteps } from "./revisions.ts";
import type { Item, ItemCreate, ItemPatch, ItemSummary, Review } from "./schemas.ts";
import { EMPTY_FIELDS, toItem, toSummary } from "./views.ts";

/** The exchange's workflow: drafts, review, publication, revisions of published items, archive. */
export function itemUseCases(
  data: DataService,
  store: AttachmentStore,
  now: () => Date = () => new Date(),
) {
  const items = data.entities.exchangeItem;
  const access = itemAccess(data, now);
  const revisions = revisionSteps(access, store);

  /** The item as one of its insiders sees it after a step, with the moderation log. */
  async function logged(
    member: Parameters<typeof toItem>[2]["member"],
    item: StoredItem,
  ): Promise<Item> {
    return toItem(item, now(), { member, moderation: await access.moderationLog(item.itemId) });
  }

  return {
    async create(input: ItemCreate): Promise<Item> {
      const member = await currentMember(data);
      const cityId = requireContributorCity(member);
      const city = await data.entities.city.get({ cityId }).go();
      if (!city.data)
        throw new VisibleError("conflict", "city-missing", "Your city is not registered.");
      assertActiveMember(city.data);
      const at = now().toISOString();
      const item: StoredItem = {
        ...EMPTY_FIELDS,
        ...input,
        itemId: newId("xch"),
        cityId,
        cityName: city.data.name,
        country: city.data.country,
        ownerId: member.userId,
        status: "draft",
        attachments: [],
        createdAt: at,
        updatedAt: at,
        changedAt: at,
        version: 1,
      };
      await items.create(item).go();
      return toItem(item, now(), { member, moderation: [] });
    },

    /**
     * A signed-out visitor who follows a link to a published members-only item is
     * told to sign in (401): that it exists is no secret to any member, and its
     * content stays hidden. Anything else they may not read does not exist (404).
     */
    async get(itemId: string, lang?: string): Promise<Item> {
      const member = await optionalMember(data);
      const item = await access.load(itemId);
      if (!isReadable(member, item)) {
        if (!member && item.status === "published" && item.visibility === "members") {
          throw new VisibleError(
            "unauthenticated",
            "sign-in-required",
            "This item is for members of the alliance: sign in to read it.",
          );
        }
        throw itemNotFound();
      }
      return toItem(item, now(), {
        member,
        moderation: isInsider(member, item) ? await access.moderationLog(itemId) : null,
        lang,
      });
    },

    /** Edits a draft in place; for a published item, writes its pending revision instead. */
    async update(itemId: string, patch: ItemPatch, expectedVersion: number): Promise<Item> {
      const { member, item } = await access.loadFor("edit", itemId, expectedVersion);
      const at = now().toISOString();
      const saved = await saveItem(data, item, editChanges(item, member, patch, at), at);
      return toItem(saved, now(), { member, moderation: null });
    },

    /** Sends a draft to review, or the pending revision of a published item. */
    async submit(itemId: string, expectedVersion: number): Promise<Item> {
      const { member, item } = await access.loadFor("submit", itemId, expectedVersion);
      const city = await data.entities.city.get({ cityId: item.cityId }).go();
      if (city.data) assertActiveMember(city.data);
      if (item.revision) {
        return logged(member, await revisions.submit(member, item, item.revision));
      }
      assertReadyForReview(item);
      const saved = await access.transition(member, item, {
        changes: { status: "submitted" },
        action: "submitted",
      });
      return logged(member, saved);
    },

    async review(itemId: string, review: Review, expectedVersion: number): Promise<Item> {
      const { member, item } = await access.loadFor("review", itemId, expectedVersion);
      const at = now().toISOString();
      const approve = review.decision === "approve";
      if (item.status === "published" && item.revision) {
        const saved = approve
          ? await revisions.approve(member, item, item.revision, at, review.comment)
          : await revisions.requestChanges(member, item, item.revision, review.comment);
        return logged(member, saved);
      }
      const saved = await access.transition(member, item, {
        changes: approve
          ? { status: "published", publishedAt: item.publishedAt ?? at, lastReviewedAt: at }
          : { status: "changes-requested" },
        action: approve ? "approved" : "changes-requested",
        comment: review.comment,
      });
      return logged(member, saved);
    },

    /** Discards the pending revision of a published item; the published text stays. */
    async withdrawRevision(itemId: string, expectedVersion: number): Promise<Item> {
      const { member, item } = await access.loadFor("withdrawRevision", itemId, expectedVersion);
      return logged(member, await revisions.withdraw(member, item));
    },

    /** Takes the item out of the exchange; a pending revision goes with it. */
    async archive(itemId: string, expectedVersion: number): Promise<Item> {
      const { member, item } = await access.loadFor("archive", itemId, expectedVersion);
      const saved = await access.transition(member, item, {
        changes: { status: "archived" },
        ...(item.revision && { remove: ["revision" as const] }),
        action: "archived",
      });
      await revisions.dropFiles(item, saved);
      return logged(member, saved);
    },

    /** The caller's city's items in every status, most recently changed first. */
    async listMyCity(options: { cursor?: string; limit?: number }): Promise<Page<ItemSummary>> {
      const cityId = requireContributorCity(await currentMember(data));
      const page = await queryPage(items.query.byCity({ cityId }), { ...options, order: "desc" });
      const at = now();
      return { items: page.items.map((item) => toSummary(item, at, true)), cursor: page.cursor };
    },
  };
}
