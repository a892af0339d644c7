import { ulid } from "ulidx";
import { currentMember, type Member } from "../auth/index.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import type { RequestEventItem, RequestItem } from "./exchange-request.entity.ts";
import type { RequestAction, RequestState } from "./schemas.ts";
import { mayRead } from "./views.ts";

const HOUR_MS = 60 * 60 * 1000;

export const requestNotFound = () =>
  new VisibleError("not-found", "request-not-found", "No exchange request of yours has this id.");

const stateName = (state: RequestState) => state.replace("-", " ");

/** Seconds until the oldest of the last hour's `limit` steps leaves the window (pure). */
export function retryAfter(stepsAt: readonly string[], limit: number, at: Date): number | null {
  if (stepsAt.length < limit) return null;
  const oldest = [...stepsAt].sort()[stepsAt.length - limit] as string;
  return Math.max(1, Math.ceil((Date.parse(oldest) + HOUR_MS - at.getTime()) / 1000));
}

/** Reading a request for the caller, its log, and the log entry each step writes. */
export function requestStore(data: DataService, now: () => Date) {
  const { exchangeRequest, exchangeRequestEvent } = data.entities;

  async function load(requestId: string): Promise<RequestItem> {
    const found = await exchangeRequest.get({ requestId }).go({ consistent: true });
    if (!found.data) throw requestNotFound();
    return found.data;
  }

  return {
    load,

    /** The request, for someone who may read it; anyone else learns it does not exist (404). */
    async readable(requestId: string): Promise<{ member: Member; request: RequestItem }> {
      const member = await currentMember(data);
      const request = await load(requestId);
      if (!mayRead(member, request)) throw requestNotFound();
      return { member, request };
    },

    /** The calling administrator as a member (queue views). */
    readableAdmin: () => currentMember(data),

    async log(requestId: string): Promise<RequestEventItem[]> {
      const events = await exchangeRequestEvent.query.byRequest({ requestId }).go({ pages: "all" });
      return events.data;
    },

    /** 412 after a lost race, naming the state the request is in now. */
    async stale(requestId: string): Promise<never> {
      const current = await load(requestId);
      throw new VisibleError(
        "precondition-failed",
        "stale-version",
        `This request changed since you loaded it: it is now ${stateName(current.state)} (version ${current.version}). Reload it.`,
      );
    },

    invalidState: (request: RequestItem) =>
      new VisibleError(
        "conflict",
        "invalid-state",
        `This request is ${stateName(request.state)}: this step is not possible now.`,
      ),

    /** 429 with Retry-After once `member` took `limit` steps of `actions` in the last hour. */
    async assertUnderHourlyLimit(
      member: Member,
      action: RequestAction,
      limit: number,
      code: string,
      message: string,
    ): Promise<void> {
      const at = now();
      const since = new Date(at.getTime() - HOUR_MS).toISOString();
      const steps = await exchangeRequestEvent.query
        .byPerson({ by: member.userId })
        .gt({ at: since })
        .where((attributes, { eq }) => eq(attributes.action, action))
        .go({ pages: "all", attributes: ["at"] });
      const wait = retryAfter(
        steps.data.map((step) => step.at),
        limit,
        at,
      );
      if (wait === null) return;
      throw new VisibleError("rate-limited", code, message, [], { retryAfterSeconds: wait });
    },

    /** The log entry of `action` by `member` on `request`, written beside the change. */
    event(
      request: RequestItem,
      member: Member,
      action: RequestAction,
      state: RequestState,
      at: string,
      extra: Partial<
        Pick<RequestEventItem, "message" | "date" | "messageId" | "messageAuthorId" | "itemId">
      > = {},
    ): RequestEventItem {
      const defined = Object.fromEntries(
        Object.entries(extra).filter(([, value]) => value !== undefined && value !== ""),
      );
      return {
        requestId: request.requestId,
        at,
        eventId: ulid(),
        action,
        state,
        fromCityId: request.fromCityId,
        toCityId: request.toCityId,
        requesterId: request.requesterId,
        by: member.userId,
        byName: member.displayName,
        ...(member.cityId && { byCityId: member.cityId }),
        ...defined,
      };
    },
  };
}
