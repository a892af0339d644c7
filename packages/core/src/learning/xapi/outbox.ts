import type { Statement } from "@xapi/xapi";
import { isConditionalCheckFailed } from "../../data/errors.ts";
import type { DataService } from "../../data/service.ts";
import { DeliveryError, type StatementSender } from "./lrs.ts";
import { XAPI_OUTBOX_SECONDS, type XapiStatementItem } from "./xapi-statement.entity.ts";

/** Attempts of one statement before it is left `failed`: about a day and a half of backoff. */
export const XAPI_ATTEMPTS = 10;

/** The wait before attempt n + 1: a minute, doubling, at most six hours. */
export const retryDelayMs = (attempts: number) =>
  Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 60 * 60_000);

/** What one delivery run did. */
export interface DeliverySummary {
  sent: number;
  retrying: number;
  failed: number;
  /** Dropped unsent: the learner's account was deleted meanwhile. */
  dropped: number;
}

/**
 * The queue of statements for the LRS (decision 0088), kept in the table so that it
 * runs alike on DynamoDB Local: a statement is enqueued once (its id is its key; a sent
 * one stays, as `sent`, until the TTL), delivered at once, and when the LRS does not
 * take it, again by the `xapi-retry` schedule with backoff. Nothing here throws because of the LRS: a stream batch is
 * never held up by it.
 */
export function xapiOutbox(
  data: DataService,
  send: StatementSender,
  now: () => Date = () => new Date(),
) {
  const entity = data.entities.xapiStatement;

  /**
   * Adds the statements the outbox does not hold (queued, sent or failed); gives the
   * ones added. One BatchGet finds those it holds, so stating a fact again costs a read.
   */
  async function enqueue(userId: string, statements: Statement[]): Promise<XapiStatementItem[]> {
    if (statements.length === 0) return [];
    const held = await entity
      .get(statements.map((statement) => ({ statementId: statement.id as string })))
      .go({ attributes: ["statementId"] });
    const known = new Set(held.data.map((item) => item.statementId));
    const at = now();
    const added: XapiStatementItem[] = [];
    for (const statement of statements) {
      if (known.has(statement.id as string)) continue;
      known.add(statement.id as string);
      const item: XapiStatementItem = {
        statementId: statement.id as string,
        userId,
        statement,
        status: "pending",
        attempts: 0,
        nextAttemptAt: at.toISOString(),
        createdAt: at.toISOString(),
        expiresAt: Math.floor(at.getTime() / 1000) + XAPI_OUTBOX_SECONDS,
      };
      try {
        await entity.create(item).go();
        added.push(item);
      } catch (error) {
        if (!isConditionalCheckFailed(error)) throw error;
      }
    }
    return added;
  }

  /** Whether the learner still has an account: none is told about a deleted one. */
  async function stillThere(userId: string): Promise<boolean> {
    const found = await data.entities.user.query
      .byUserId({ userId })
      .go({ attributes: ["subject"] });
    return found.data.length > 0;
  }

  /** One attempt at each item: sent ones leave the queue, others wait or fail. */
  async function deliver(items: XapiStatementItem[]): Promise<DeliverySummary> {
    const summary: DeliverySummary = { sent: 0, retrying: 0, failed: 0, dropped: 0 };
    // One lookup per learner, not per statement: a fact often makes several.
    const present = new Map<string, Promise<boolean>>();
    for (const item of items) {
      const key = { statementId: item.statementId };
      if (!present.has(item.userId)) present.set(item.userId, stillThere(item.userId));
      if (!(await present.get(item.userId))) {
        await entity.delete(key).go();
        summary.dropped += 1;
        continue;
      }
      try {
        await send(item.statement);
        // Kept as the record that it went (until the TTL): the same fact is not sent again.
        await entity
          .patch(key)
          .set({ status: "sent", attempts: item.attempts + 1, nextAttemptAt: now().toISOString() })
          .remove(["lastError"])
          .go();
        summary.sent += 1;
      } catch (error) {
        const attempts = item.attempts + 1;
        const refused = !(error instanceof DeliveryError) || error.outcome === "refused";
        const failed = refused || attempts >= XAPI_ATTEMPTS;
        const message = error instanceof Error ? error.message : String(error);
        await entity
          .patch(key)
          .set({
            attempts,
            status: failed ? "failed" : "pending",
            nextAttemptAt: new Date(now().getTime() + retryDelayMs(attempts)).toISOString(),
            lastError: message.slice(0, 1000),
          })
          .go();
        if (failed) summary.failed += 1;
        else summary.retrying += 1;
      }
    }
    return summary;
  }

  return {
    enqueue,
    deliver,
    /** Statements due for another attempt, oldest first, at most `limit` a run. */
    async deliverDue(limit = 200): Promise<DeliverySummary> {
      const due = await entity.query
        .byStatus({ status: "pending" })
        .lte({ nextAttemptAt: now().toISOString() })
        .go({ limit });
      return deliver(due.data);
    },
    /** Statements left failed, for an operator (newest attempts last). */
    async failed(limit = 100): Promise<XapiStatementItem[]> {
      const found = await entity.query.byStatus({ status: "failed" }).go({ limit });
      return found.data;
    },
  };
}
export type XapiOutbox = ReturnType<typeof xapiOutbox>;
