import type { DataService } from "../data/service.ts";
import { type CreateDraft, requestUseCases } from "./requests.ts";
import { threadUseCases } from "./thread.ts";

export type { MessageItem, RequestEventItem, RequestItem } from "./exchange-request.entity.ts";
export { experienceDraft } from "./experience.ts";
export { forgetRequester } from "./forget-requester.ts";
export { retryAfter as requestRetryAfter } from "./request-store.ts";
export * from "./schemas.ts";

/**
 * Exchange requests between member cities: asking, answering, withdrawing,
 * recording the outcome and drafting an experience from it, and the request's
 * private thread with its reports. Every step is an `exchangeRequestEvent` in
 * the request's log, which the change stream carries to subscribers (decision 0037).
 */
export function exchangeRequestUseCases(
  data: DataService,
  createDraft: CreateDraft,
  now: () => Date = () => new Date(),
) {
  return {
    ...requestUseCases(data, createDraft, now),
    thread: threadUseCases(data, now),
  };
}
