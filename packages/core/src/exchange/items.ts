import { isConditionalCheckFailed } from "../data/errors.ts";
import { type Page, queryPage } from "../data/pagination.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import { newId } from "../ids.ts";
import type { ItemStatus } from "../taxonomy/exchange.ts";
import {
  currentMember,
  isAdmin,
  type Member,
  managesCity,
  optionalMember,
  requireContributorCity,
} from "./members.ts";
import { assertReadyForReview } from "./readiness.ts";
import type {
  Item,
  ItemCreate,
  ItemPatch,
  ItemSummary,
  ModerationEvent,
  Review,
} from "./schemas.ts";
import { EMPTY_FIELDS, type StoredItem, toItem, toSummary } from "./views.ts";

type EventAction = ModerationEvent["action"];

const notFound = () =>
  new VisibleError("not-found", "item-not-found", "No item with this id is visible to you.");

/** Anyone sees a published public item; members see published members-only items too. */
function isPubliclyVisible(item: StoredItem, member: Member | null): boolean {
  return item.status === "published" && (item.visibility === "public" || member !== null);
}

function staleVersion(): VisibleError {
  return new VisibleError(
    "precondition-failed",
    "stale-version",
    "This item was changed since you loaded it. Reload it and apply your changes again.",
  );
}

function wrongStatus(status: ItemStatus, action: string): VisibleError {
  return new VisibleError(
    "conflict",
    "invalid-status",
    `An item that is ${status} cannot be ${action}.`,
  );
}

/** The exchange's workflow: drafts, review, publication, archive. */
export function itemUseCases(data: DataService, now: () => Date = () => new Date()) {
  const items = data.entities.exchangeItem;

  async function load(itemId: string): Promise<StoredItem> {
    const result = await items.get({ itemId }).go();
    if (!result.data) throw notFound();
    return result.data;
  }

  /** The item for someone who must be able to change it (its city's contributor, or an admin where allowed). */
  async function loadForChange(itemId: string, expectedVersion: number, adminToo: boolean) {
    const member = await currentMember(data);
    const item = await load(itemId);
    const mayChange = managesCity(member, item.cityId) || (adminToo && isAdmin(member));
    if (!mayChange) {
      if (isPubliclyVisible(item, member) || isAdmin(member)) {
        throw new VisibleError(
          "forbidden",
          "not-your-city",
          "Only this city's contributors can change it.",
        );
      }
      throw notFound();
    }
    if (item.version !== expectedVersion) throw staleVersion();
    return { member, item };
  }

  /** Applies `changes` and records `action`, in one transaction conditional on the version. */
  async function transition(
    member: Member,
    item: StoredItem,
    changes: Partial<StoredItem>,
    action: EventAction,
    comment?: string,
  ): Promise<StoredItem> {
    const at = now().toISOString();
    const next = { ...changes, changedAt: at, version: item.version + 1 };
    const result = await data.transaction
      .write(({ exchangeItem, moderationEvent }) => [
        exchangeItem
          .patch({ itemId: item.itemId })
          .set(next)
          .where((attributes, { eq }) => eq(attributes.version, item.version))
          .commit(),
        moderationEvent
          .create({
            itemId: item.itemId,
            at,
            eventId: newId("xch").slice(4),
            action,
            by: member.userId,
            byName: member.displayName,
            ...(comment && { comment }),
          })
          .commit(),
      ])
      .go();
    if (result.canceled) throw staleVersion();
    return { ...item, ...next } as StoredItem;
  }

  async function moderationLog(itemId: string): Promise<ModerationEvent[]> {
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
  }

  return {
    async create(input: ItemCreate): Promise<Item> {
      const member = await currentMember(data);
      const cityId = requireContributorCity(member);
      const city = await data.entities.city.get({ cityId }).go();
      if (!city.data)
        throw new VisibleError("conflict", "city-missing", "Your city is not registered.");
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
      return toItem(item, now(), { showContact: true, moderation: [] });
    },

    async get(itemId: string): Promise<Item> {
      const member = await optionalMember(data);
      const item = await load(itemId);
      const insider = managesCity(member, item.cityId) || isAdmin(member);
      if (!insider && !isPubliclyVisible(item, member)) throw notFound();
      return toItem(item, now(), {
        showContact: member !== null,
        moderation: insider ? await moderationLog(itemId) : null,
      });
    },

    async update(itemId: string, patch: ItemPatch, expectedVersion: number): Promise<Item> {
      const { item } = await loadForChange(itemId, expectedVersion, false);
      if (item.status === "archived") throw wrongStatus(item.status, "edited");
      const at = now().toISOString();
      const next = { ...patch, updatedAt: at, changedAt: at, version: item.version + 1 };
      try {
        await items
          .patch({ itemId })
          .set(next)
          .where((attributes, { eq }) => eq(attributes.version, expectedVersion))
          .go();
      } catch (error) {
        if (isConditionalCheckFailed(error)) throw staleVersion();
        throw error;
      }
      return toItem({ ...item, ...next } as StoredItem, now(), {
        showContact: true,
        moderation: null,
      });
    },

    async submit(itemId: string, expectedVersion: number): Promise<Item> {
      const { member, item } = await loadForChange(itemId, expectedVersion, false);
      if (item.status !== "draft" && item.status !== "changes-requested") {
        throw wrongStatus(item.status, "submitted for review");
      }
      assertReadyForReview(item);
      const saved = await transition(member, item, { status: "submitted" }, "submitted");
      return toItem(saved, now(), { showContact: true, moderation: await moderationLog(itemId) });
    },

    async review(itemId: string, review: Review, expectedVersion: number): Promise<Item> {
      const member = await currentMember(data);
      if (!isAdmin(member)) {
        throw new VisibleError("forbidden", "role-required", "Only administrators review items.");
      }
      const item = await load(itemId);
      if (item.version !== expectedVersion) throw staleVersion();
      if (item.status !== "submitted") throw wrongStatus(item.status, "reviewed");
      const at = now().toISOString();
      const saved =
        review.decision === "approve"
          ? await transition(
              member,
              item,
              { status: "published", publishedAt: item.publishedAt ?? at, lastReviewedAt: at },
              "approved",
              review.comment,
            )
          : await transition(
              member,
              item,
              { status: "changes-requested" },
              "changes-requested",
              review.comment,
            );
      return toItem(saved, now(), { showContact: true, moderation: await moderationLog(itemId) });
    },

    async archive(itemId: string, expectedVersion: number): Promise<Item> {
      const { member, item } = await loadForChange(itemId, expectedVersion, true);
      if (item.status === "archived") throw wrongStatus(item.status, "archived");
      const saved = await transition(member, item, { status: "archived" }, "archived");
      return toItem(saved, now(), { showContact: true, moderation: await moderationLog(itemId) });
    },

    /** The caller's city's items in every status, most recently changed first. */
    async listMyCity(options: { cursor?: string; limit?: number }): Promise<Page<ItemSummary>> {
      const cityId = requireContributorCity(await currentMember(data));
      const page = await queryPage(items.query.byCity({ cityId }), { ...options, order: "desc" });
      const at = now();
      return { items: page.items.map((item) => toSummary(item, at)), cursor: page.cursor };
    },
  };
}
