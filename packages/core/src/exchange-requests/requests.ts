import { currentMember, type Member, managesCity, requireContributorCity } from "../auth/index.ts";
import type { CityItem } from "../cities/city.entity.ts";
import { assertActiveMember } from "../cities/index.ts";
import { type Page, queryPage } from "../data/pagination.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import type { Item, ItemCreate } from "../exchange/schemas.ts";
import { newId } from "../ids.ts";
import type { RequestItem } from "./exchange-request.entity.ts";
import { experienceDraft } from "./experience.ts";
import { requestNotFound, requestStore } from "./request-store.ts";
import {
  type ExchangeRequest,
  REQUESTS_PER_HOUR,
  type RequestAction,
  type RequestAnswer,
  type RequestForm,
  type RequestListQuery,
  type RequestOutcomeForm,
  type RequestState,
  type RequestSummary,
  type RequestWithdrawal,
} from "./schemas.ts";
import { requestActions, toRequest, toSummary } from "./views.ts";

type Step = keyof ReturnType<typeof requestActions>;

/** Creating a draft exchange item as the current member (the exchange's own use case). */
export type CreateDraft = (input: ItemCreate) => Promise<Item>;

const invalid = (field: string, message: string, code = "invalid-request") =>
  new VisibleError("input", code, message, [{ field, message }]);

/** Opening, reading, answering, withdrawing and closing exchange requests (decision 0037). */
export function requestUseCases(data: DataService, createDraft: CreateDraft, now: () => Date) {
  const store = requestStore(data, now);

  async function withLog(member: Member, request: RequestItem): Promise<ExchangeRequest> {
    return toRequest(member, request, await store.log(request.requestId));
  }

  /**
   * The request, for `member` to take `step` at `expectedVersion`: 404 for who may
   * not read it, 403 for a reader who may never take this step, 412 on a stale
   * version, then 409 when the state does not allow it.
   */
  async function loadFor(requestId: string, step: Step, expectedVersion: number) {
    const { member, request } = await store.readable(requestId);
    const side =
      step === "answer"
        ? managesCity(member, request.toCityId)
        : step === "acceptDate" || step === "withdraw"
          ? managesCity(member, request.fromCityId)
          : managesCity(member, request.fromCityId) || managesCity(member, request.toCityId);
    if (!side) {
      throw new VisibleError(
        "forbidden",
        "not-your-step",
        step === "answer"
          ? "Only contributors of the requested city answer a request."
          : step === "acceptDate" || step === "withdraw"
            ? "Only contributors of the requesting city can do this."
            : "Only contributors of the two cities can do this.",
      );
    }
    if (request.version !== expectedVersion) await store.stale(requestId);
    if (!requestActions(member, request)[step]) throw store.invalidState(request);
    return { member, request };
  }

  /** One step: the new state and changes, and its log entry; conditional on the version loaded. */
  async function save(
    member: Member,
    request: RequestItem,
    action: RequestAction,
    state: RequestState,
    changes: Partial<RequestItem>,
    extra: Parameters<typeof store.event>[5] = {},
  ): Promise<ExchangeRequest> {
    const at = now().toISOString();
    const next = { ...changes, state, updatedAt: at, version: request.version + 1 };
    const result = await data.transaction
      .write(({ exchangeRequest, exchangeRequestEvent }) => [
        exchangeRequest
          .patch({ requestId: request.requestId })
          .set(next)
          .where((attributes, { eq }) => eq(attributes.version, request.version))
          .commit(),
        exchangeRequestEvent
          .create(store.event(request, member, action, state, at, extra))
          .commit(),
      ])
      .go();
    if (result.canceled) return store.stale(request.requestId);
    return withLog(member, { ...request, ...next });
  }

  async function activeCity(cityId: string, field: string, own: boolean): Promise<CityItem> {
    const found = await data.entities.city.get({ cityId }).go();
    if (!found.data) {
      if (own) throw new VisibleError("conflict", "city-missing", "Your city is not registered.");
      throw invalid(field, "No member city has this id.", "city-not-found");
    }
    if (own) assertActiveMember(found.data);
    else if ((found.data.membershipStatus ?? "active") !== "active") {
      throw new VisibleError(
        "conflict",
        "city-not-active",
        `${found.data.name} is not an active member of the alliance: it cannot be asked for an exchange.`,
      );
    }
    return found.data;
  }

  return {
    async open(form: RequestForm): Promise<ExchangeRequest> {
      const member = await currentMember(data);
      const fromCityId = requireContributorCity(member);
      if (form.toCityId === fromCityId) {
        throw invalid("toCityId", "Your city cannot ask itself for an exchange.", "own-city");
      }
      const [from, to] = await Promise.all([
        activeCity(fromCityId, "fromCityId", true),
        activeCity(form.toCityId, "toCityId", false),
      ]);
      let itemTitle: string | undefined;
      if (form.itemId) {
        const item = await data.entities.exchangeItem.get({ itemId: form.itemId }).go();
        if (item.data?.status !== "published" || item.data.cityId !== to.cityId) {
          throw invalid("itemId", `Not a published item of ${to.name}.`, "item-not-found");
        }
        itemTitle = item.data.title;
      }
      await store.assertUnderHourlyLimit(
        member,
        "requested",
        REQUESTS_PER_HOUR,
        "too-many-requests",
        `You opened ${REQUESTS_PER_HOUR} exchange requests in the last hour. Try again later.`,
      );
      const at = now().toISOString();
      const request: RequestItem = {
        requestId: newId("xrq"),
        state: "open",
        kind: form.kind,
        theme: form.theme,
        fromCityId,
        fromCityName: from.name,
        toCityId: to.cityId,
        toCityName: to.name,
        requesterId: member.userId,
        requesterName: member.displayName,
        message: form.message,
        preferredDates: form.preferredDates.map((d) => ({
          from: d.from,
          ...(d.to && { to: d.to }),
        })),
        ...(form.itemId && itemTitle && { itemId: form.itemId, itemTitle }),
        experienceDrafts: [],
        createdAt: at,
        updatedAt: at,
        version: 1,
      };
      const event = store.event(request, member, "requested", "open", at, {
        ...(request.itemId && { itemId: request.itemId }),
      });
      await data.transaction
        .write(({ exchangeRequest, exchangeRequestEvent }) => [
          exchangeRequest.create(request).commit(),
          exchangeRequestEvent.create(event).commit(),
        ])
        .go();
      return toRequest(member, request, [event]);
    },

    async get(requestId: string): Promise<ExchangeRequest> {
      const { member, request } = await store.readable(requestId);
      return withLog(member, request);
    },

    /** The caller's city's requests, incoming or outgoing, newest first. */
    async mine(query: RequestListQuery): Promise<Page<RequestSummary>> {
      const member = await currentMember(data);
      if (!member.cityId) return { items: [], cursor: null };
      const requests = data.entities.exchangeRequest.query;
      const page = await queryPage(
        query.direction === "incoming"
          ? requests.byToCity({ toCityId: member.cityId })
          : requests.byFromCity({ fromCityId: member.cityId }),
        { ...query, order: "desc" },
      );
      return { items: page.items.map(toSummary), cursor: page.cursor };
    },

    /** The schema makes sure a decline has its reason and a proposal its date. */
    async answer(requestId: string, answer: RequestAnswer, version: number) {
      const { member, request } = await loadFor(requestId, "answer", version);
      if (answer.decision === "accept") {
        return save(member, request, "accepted", "accepted", {}, { message: answer.message });
      }
      if (answer.decision === "decline") {
        const reason = answer.reason ?? "";
        return save(
          member,
          request,
          "declined",
          "declined",
          { declineReason: reason },
          {
            message: reason,
          },
        );
      }
      const proposed = answer.date ?? { from: "" };
      const date = { from: proposed.from, ...(proposed.to && { to: proposed.to }) };
      return save(
        member,
        request,
        "date-proposed",
        "date-proposed",
        { proposedDate: date },
        {
          date,
          message: answer.message,
        },
      );
    },

    async acceptDate(requestId: string, version: number) {
      const { member, request } = await loadFor(requestId, "acceptDate", version);
      const date = request.proposedDate;
      return save(
        member,
        request,
        "date-accepted",
        "accepted",
        { ...(date && { agreedDate: date }) },
        {
          ...(date && { date }),
        },
      );
    },

    async withdraw(requestId: string, withdrawal: RequestWithdrawal, version: number) {
      const { member, request } = await loadFor(requestId, "withdraw", version);
      return save(member, request, "withdrawn", "withdrawn", {}, { message: withdrawal.reason });
    },

    async recordOutcome(requestId: string, form: RequestOutcomeForm, version: number) {
      const { member, request } = await loadFor(requestId, "recordOutcome", version);
      const outcome = {
        ...form,
        by: member.userId,
        byName: member.displayName,
        cityId: member.cityId as string,
        at: now().toISOString(),
      };
      return save(
        member,
        request,
        "outcome-recorded",
        "completed",
        { outcome },
        {
          message: form.summary,
        },
      );
    },

    /**
     * A draft "experience" of the caller's city, pre-filled from the request and its
     * outcome, then linked on the request (once per city). The draft is written
     * first: if the link loses a race, the draft stays an ordinary draft of its city.
     */
    async draftExperience(requestId: string, version: number) {
      const { member, request } = await loadFor(requestId, "draftExperience", version);
      const item = await createDraft(experienceDraft(request, member.cityId as string));
      const drafts = [
        ...(request.experienceDrafts ?? []),
        { cityId: member.cityId as string, itemId: item.itemId },
      ];
      await save(
        member,
        request,
        "experience-drafted",
        request.state,
        {
          experienceDrafts: drafts,
        },
        { itemId: item.itemId },
      );
      return { itemId: item.itemId, requestId };
    },
  };
}

export { requestNotFound };
