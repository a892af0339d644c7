import { randomUUID } from "node:crypto";
import {
  type Core,
  createCore,
  loadConfig,
  type NotificationKind,
  newUnsubscribeLink,
  notificationIdOf,
  writeNotification,
} from "@alliance/core";
import { inject } from "vitest";
import type { Caller, TestContext } from "./context.ts";

let core: Core | undefined;
/** Core over the run's shared table, as the stream function has it (or pass another's). */
const streamCore = () => {
  core ??= createCore({ config: loadConfig(inject("apiEnv")) });
  return core;
};

async function userIdOf(ctx: TestContext, caller: Caller): Promise<string> {
  const me = await ctx.raw(caller, "GET", "/api/me");
  return ((await me.json()) as { userId: string }).userId;
}

/**
 * A notification in `caller`'s inbox, written as the `notifications` consumer writes
 * one for a change of the stream (here a change of its own, so no stream is needed).
 */
export async function notificationFor(
  ctx: TestContext,
  caller: Caller,
  kind: NotificationKind = "event-cancelled",
  over: Core = streamCore(),
): Promise<string> {
  const recipientId = await userIdOf(ctx, caller);
  const change = {
    eventId: randomUUID(),
    at: new Date().toISOString(),
    kind: "insert",
    entity: "eventLogEntry",
    keys: {},
    sequenceNumber: "1",
  } as const;
  await writeNotification(over.data, change, {
    recipientId,
    kind,
    params: { title: "Preventing radicalisation online", reason: "The trainer is ill." },
    link: "/events/evt_01J9ZC3V6D8R1F3W5S9K2M4N7P",
  });
  return notificationIdOf(change, recipientId);
}

/** The token of a one-click unsubscribe link of `caller`'s for `kind`, as an e-mail carries it. */
export async function unsubscribeTokenFor(
  ctx: TestContext,
  caller: Caller,
  kind: NotificationKind = "event-cancelled",
  over: Core = streamCore(),
): Promise<string> {
  return newUnsubscribeLink(over.data, await userIdOf(ctx, caller), kind, new Date());
}
