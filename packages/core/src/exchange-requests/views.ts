import { isAdmin, type Member, managesCity } from "../auth/index.ts";
import type { MessageItem, RequestEventItem, RequestItem } from "./exchange-request.entity.ts";
import {
  type DateRange,
  type ExchangeRequest,
  MESSAGE_EDIT_WINDOW_MINUTES,
  type MessageView,
  PENDING_REQUEST_STATES,
  type RequestActions,
  type RequestEvent,
  type RequestState,
  type RequestSummary,
} from "./schemas.ts";

/*
 * How a request and its messages look to one person (pure), and what that
 * person may do with them (decision 0037).
 */

const WINDOW_MS = MESSAGE_EDIT_WINDOW_MINUTES * 60 * 1000;

type Parties = Pick<RequestItem, "fromCityId" | "toCityId">;

/** A member of one of the two cities: their profile names it (any role). */
export const isParty = (member: Member, request: Parties) =>
  member.cityId !== null &&
  (member.cityId === request.fromCityId || member.cityId === request.toCityId);

/** Who reads the request and its thread: the two cities' members and administrators. */
export const mayRead = (member: Member, request: Parties) =>
  isParty(member, request) || isAdmin(member);

/** A contributor speaking for one of the two cities. */
export const speaksFor = (member: Member, request: Parties) =>
  managesCity(member, request.fromCityId) || managesCity(member, request.toCityId);

const isPending = (state: RequestState) =>
  (PENDING_REQUEST_STATES as readonly RequestState[]).includes(state);

export function requestActions(member: Member, request: RequestItem): RequestActions {
  const forFrom = managesCity(member, request.fromCityId);
  const forTo = managesCity(member, request.toCityId);
  const drafted = (request.experienceDrafts ?? []).some((d) => d.cityId === member.cityId);
  return {
    answer: forTo && request.state === "open",
    acceptDate: forFrom && request.state === "date-proposed",
    withdraw: forFrom && isPending(request.state),
    recordOutcome: (forFrom || forTo) && request.state === "accepted",
    draftExperience: (forFrom || forTo) && request.state === "completed" && !drafted,
    post: isParty(member, request),
  };
}

const range = (value: { from: string; to?: string | undefined } | undefined): DateRange | null =>
  value ? { from: value.from, to: value.to ?? null } : null;

export function toSummary(request: RequestItem): RequestSummary {
  return {
    requestId: request.requestId,
    state: request.state,
    kind: request.kind,
    theme: request.theme,
    from: { cityId: request.fromCityId, name: request.fromCityName },
    to: { cityId: request.toCityId, name: request.toCityName },
    requester: { userId: request.requesterId, name: request.requesterName },
    createdAt: request.createdAt,
    updatedAt: request.updatedAt,
    version: request.version,
  };
}

export function toEvent(event: RequestEventItem): RequestEvent {
  return {
    action: event.action,
    state: event.state,
    by: event.by,
    byName: event.byName,
    message: event.message ?? null,
    at: event.at,
  };
}

export function toRequest(
  member: Member,
  request: RequestItem,
  log: RequestEventItem[],
): ExchangeRequest {
  return {
    ...toSummary(request),
    message: request.message,
    preferredDates: request.preferredDates.map((d) => range(d) as DateRange),
    item:
      request.itemId && request.itemTitle
        ? { itemId: request.itemId, title: request.itemTitle }
        : null,
    proposedDate: range(request.proposedDate),
    agreedDate: range(request.agreedDate),
    declineReason: request.declineReason ?? null,
    outcome: request.outcome ?? null,
    experienceDrafts: request.experienceDrafts ?? [],
    actions: requestActions(member, request),
    // Thread steps are in the log too, but the request's history is its own steps.
    log: log.filter((event) => !event.action.startsWith("message-")).map(toEvent),
  };
}

export const editableUntil = (message: { createdAt: string }) =>
  new Date(Date.parse(message.createdAt) + WINDOW_MS).toISOString();

/** Its author, while the message is visible and within the edit window. */
export function mayEdit(member: Member, message: MessageItem, now: Date): boolean {
  return (
    message.authorId === member.userId &&
    message.state === "visible" &&
    now.getTime() < Date.parse(message.createdAt) + WINDOW_MS
  );
}

/** A hidden message shows as hidden, without content, to all but its author and administrators. */
export function messageView(member: Member, message: MessageItem, now: Date): MessageView {
  const insider = message.authorId === member.userId || isAdmin(member);
  const shown = message.state === "visible" || insider;
  return {
    messageId: message.messageId,
    requestId: message.requestId,
    author: shown
      ? { userId: message.authorId, name: message.authorName, cityId: message.authorCityId }
      : null,
    body: shown ? message.body : null,
    state: message.state,
    hiddenReason: insider ? (message.hiddenReason ?? null) : null,
    createdAt: message.createdAt,
    editedAt: message.editedAt ?? null,
    editableUntil: editableUntil(message),
    version: message.version,
    actions: {
      edit: mayEdit(member, message, now),
      report: message.state === "visible" && message.authorId !== member.userId,
      moderate: isAdmin(member),
    },
  };
}
