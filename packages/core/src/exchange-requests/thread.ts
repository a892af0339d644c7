import { decisionAudit } from "../audit/index.ts";
import { requireRole } from "../auth/index.ts";
import { type Page, queryPage } from "../data/pagination.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import { newId } from "../ids.ts";
import type { FlagItem, MessageItem } from "./exchange-request.entity.ts";
import { requestStore } from "./request-store.ts";
import {
  MESSAGE_EDIT_WINDOW_MINUTES,
  MESSAGES_PER_HOUR,
  type MessageForm,
  type MessageModeration,
  type MessagePage,
  type MessageReport,
  type MessageView,
  type ReportedMessage,
} from "./schemas.ts";
import { isParty, mayEdit, messageView } from "./views.ts";

const messageNotFound = () =>
  new VisibleError("not-found", "message-not-found", "This thread has no such message.");
const staleMessage = () =>
  new VisibleError(
    "precondition-failed",
    "stale-version",
    "This message changed since you loaded it. Reload the thread and try again.",
  );

/**
 * A request's private thread: its two cities' members post and read, administrators
 * read and moderate; anyone else learns the request does not exist (decision 0037).
 */
export function threadUseCases(data: DataService, now: () => Date) {
  const store = requestStore(data, now);
  const { requestMessage } = data.entities;

  async function loadMessage(requestId: string, messageId: string): Promise<MessageItem> {
    const found = await requestMessage.get({ requestId, messageId }).go({ consistent: true });
    if (!found.data) throw messageNotFound();
    return found.data;
  }

  return {
    async messages(
      requestId: string,
      page: { cursor?: string | undefined; limit?: number | undefined },
    ): Promise<MessagePage> {
      const { member } = await store.readable(requestId);
      const found = await queryPage(requestMessage.query.byRequest({ requestId }), page);
      return {
        items: found.items.map((message) => messageView(member, message, now())),
        cursor: found.cursor,
      };
    },

    async post(requestId: string, form: MessageForm): Promise<MessageView> {
      const { member, request } = await store.readable(requestId);
      if (!isParty(member, request)) {
        throw new VisibleError(
          "forbidden",
          "not-a-party",
          "Only members of the two cities write in this thread; administrators read and moderate it.",
        );
      }
      await store.assertUnderHourlyLimit(
        member,
        "message-posted",
        MESSAGES_PER_HOUR,
        "too-many-messages",
        `You posted ${MESSAGES_PER_HOUR} messages in the last hour. Try again later.`,
      );
      const at = now().toISOString();
      const message: MessageItem = {
        requestId,
        messageId: newId("msg"),
        body: form.body,
        authorId: member.userId,
        authorName: member.displayName,
        authorCityId: member.cityId as string,
        state: "visible",
        createdAt: at,
        updatedAt: at,
        version: 1,
      };
      await data.transaction
        .write(({ requestMessage: messages, exchangeRequestEvent }) => [
          messages.create(message).commit(),
          exchangeRequestEvent
            .create(
              store.event(request, member, "message-posted", request.state, at, {
                messageId: message.messageId,
                messageAuthorId: member.userId,
              }),
            )
            .commit(),
        ])
        .go();
      return messageView(member, message, now());
    },

    async edit(
      requestId: string,
      messageId: string,
      form: MessageForm,
      version: number,
    ): Promise<MessageView> {
      const { member, request } = await store.readable(requestId);
      const message = await loadMessage(requestId, messageId);
      if (message.authorId !== member.userId) {
        throw new VisibleError(
          "forbidden",
          "not-the-author",
          "Only its author can edit a message.",
        );
      }
      if (message.state !== "visible") {
        throw new VisibleError(
          "conflict",
          "message-hidden",
          "This message is hidden by the moderators.",
        );
      }
      if (!mayEdit(member, message, now())) {
        throw new VisibleError(
          "conflict",
          "edit-window-closed",
          `A message can be edited for ${MESSAGE_EDIT_WINDOW_MINUTES} minutes after it is posted; this one no longer can.`,
        );
      }
      if (message.version !== version) throw staleMessage();
      const at = now().toISOString();
      const next = { body: form.body, editedAt: at, updatedAt: at, version: message.version + 1 };
      const result = await data.transaction
        .write(({ requestMessage: messages, exchangeRequestEvent }) => [
          messages
            .patch({ requestId, messageId })
            .set(next)
            .where((attributes, { eq }) => eq(attributes.version, message.version))
            .commit(),
          exchangeRequestEvent
            .create(
              store.event(request, member, "message-edited", request.state, at, {
                messageId,
                messageAuthorId: message.authorId,
              }),
            )
            .commit(),
        ])
        .go();
      if (result.canceled) throw staleMessage();
      return messageView(member, { ...message, ...next }, now());
    },

    /** One report per person per message; the message joins the administrators' queue. */
    async report(requestId: string, messageId: string, report: MessageReport): Promise<void> {
      const { member, request } = await store.readable(requestId);
      const message = await loadMessage(requestId, messageId);
      if (message.authorId === member.userId) {
        throw new VisibleError("conflict", "own-message", "You cannot report your own message.");
      }
      const { requestMessageReport, requestMessageFlag } = data.entities;
      const [mine, flag] = await Promise.all([
        requestMessageReport.get({ requestId, messageId, reporterId: member.userId }).go(),
        requestMessageFlag.get({ requestId, messageId }).go(),
      ]);
      const already = () =>
        new VisibleError("conflict", "already-reported", "You already reported this message.");
      if (mine.data) throw already();
      const at = now().toISOString();
      const result = await data.transaction
        .write(
          ({ requestMessageReport: reports, requestMessageFlag: flags, exchangeRequestEvent }) => [
            reports
              .create({
                requestId,
                messageId,
                reporterId: member.userId,
                reporterName: member.displayName,
                reason: report.reason,
                at,
              })
              .commit(),
            ...(flag.data
              ? []
              : [flags.create({ requestId, messageId, firstReportedAt: at }).commit()]),
            exchangeRequestEvent
              .create(
                store.event(request, member, "message-reported", request.state, at, {
                  messageId,
                  messageAuthorId: message.authorId,
                  message: report.reason,
                }),
              )
              .commit(),
          ],
        )
        .go();
      if (result.canceled) {
        const again = await requestMessageReport
          .get({ requestId, messageId, reporterId: member.userId })
          .go();
        if (again.data) throw already();
        throw new VisibleError(
          "conflict",
          "report-race",
          "Someone reported this message at the same moment. Please try again.",
        );
      }
    },

    /** An administrator hides a visible message, or restores a hidden or reported one. */
    async moderate(
      requestId: string,
      messageId: string,
      decision: MessageModeration,
      version: number,
    ): Promise<MessageView> {
      requireRole("admin");
      const { member, request } = await store.readable(requestId);
      const message = await loadMessage(requestId, messageId);
      const flag = await data.entities.requestMessageFlag.get({ requestId, messageId }).go();
      const hide = decision.decision === "hide";
      if (hide ? message.state === "hidden" : message.state === "visible" && !flag.data) {
        throw new VisibleError(
          "conflict",
          "invalid-state",
          hide
            ? "This message is already hidden."
            : "This message is visible and nobody reported it.",
        );
      }
      if (message.version !== version) throw staleMessage();
      const at = now().toISOString();
      const next = {
        state: hide ? ("hidden" as const) : ("visible" as const),
        updatedAt: at,
        version: message.version + 1,
      };
      const result = await data.transaction
        .write(
          ({ requestMessage: messages, requestMessageFlag, exchangeRequestEvent, auditRecord }) => {
            const patch = messages.patch({ requestId, messageId });
            return [
              (hide
                ? patch.set({ ...next, hiddenReason: decision.reason })
                : patch.set(next).remove(["hiddenReason"])
              )
                .where((attributes, { eq }) => eq(attributes.version, message.version))
                .commit(),
              requestMessageFlag.delete({ requestId, messageId }).commit(),
              exchangeRequestEvent
                .create(
                  store.event(
                    request,
                    member,
                    hide ? "message-hidden" : "message-restored",
                    request.state,
                    at,
                    {
                      messageId,
                      messageAuthorId: message.authorId,
                      message: decision.reason,
                    },
                  ),
                )
                .commit(),
              auditRecord
                .create(
                  decisionAudit(
                    member,
                    hide ? "message-hidden" : "message-restored",
                    {
                      id: messageId,
                      name: `Message by ${message.authorName} (${requestId})`,
                    },
                    {
                      before: `state: ${message.state}`,
                      after: `state: ${next.state}`,
                      reason: decision.reason,
                    },
                    at,
                  ),
                )
                .commit(),
            ];
          },
        )
        .go();
      if (result.canceled) throw staleMessage();
      const saved: MessageItem = { ...message, ...next };
      if (hide) saved.hiddenReason = decision.reason;
      else delete saved.hiddenReason;
      return messageView(member, saved, now());
    },

    /** Reported messages nobody decided on, oldest report first (administrators). */
    async queue(page: {
      cursor?: string | undefined;
      limit?: number | undefined;
    }): Promise<Page<ReportedMessage>> {
      requireRole("admin");
      const member = await store.readableAdmin();
      const flags = await queryPage(data.entities.requestMessageFlag.query.queue({}), page);
      return { items: await reported(member, flags.items), cursor: flags.cursor };
    },
  };

  async function reported(
    member: Awaited<ReturnType<typeof store.readableAdmin>>,
    flags: FlagItem[],
  ): Promise<ReportedMessage[]> {
    if (flags.length === 0) return [];
    const { exchangeRequest, requestMessageReport } = data.entities;
    const [messages, requests, reports] = await Promise.all([
      requestMessage.get(flags.map(({ requestId, messageId }) => ({ requestId, messageId }))).go(),
      exchangeRequest
        .get([...new Set(flags.map((f) => f.requestId))].map((requestId) => ({ requestId })))
        .go(),
      Promise.all(
        flags.map((flag) =>
          requestMessageReport.query
            .byMessage({ requestId: flag.requestId, messageId: flag.messageId })
            .go({ pages: "all" }),
        ),
      ),
    ]);
    return flags.flatMap((flag, index) => {
      const message = messages.data.find((m) => m.messageId === flag.messageId);
      const request = requests.data.find((r) => r.requestId === flag.requestId);
      if (!message || !request) return [];
      return [
        {
          message: messageView(member, message, now()),
          from: { cityId: request.fromCityId, name: request.fromCityName },
          to: { cityId: request.toCityId, name: request.toCityName },
          reports: (reports[index]?.data ?? []).map((r) => ({
            reporterName: r.reporterName,
            reason: r.reason,
            at: r.at,
          })),
          firstReportedAt: flag.firstReportedAt,
        },
      ];
    });
  }
}
