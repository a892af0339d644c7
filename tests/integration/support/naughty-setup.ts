import { COUNTRIES, newId, type Role } from "@alliance/core";
import { inject } from "vitest";
import { type Caller, clientsOver, people, type Send, type TestContext } from "./context.ts";
import type { TrackedApp } from "./naughty-tracker.ts";

/** The kinds of caller the sweep tries, in this order, until one reaches the operation. */
export const CALLER_KINDS = ["contributor", "trainer", "learner", "admin"] as const;
export type CallerKind = (typeof CALLER_KINDS)[number];
export type Callers = Record<CallerKind, Caller>;

/** Where a response's ETag belongs: the first id in its path, or the caller's own profile. */
export function versionKey(path: string, caller: Caller | undefined): string {
  const id = path.split(/[/?]/).find((segment) => /^[a-z]{3}_[0-9A-Z]{26}$/.test(segment));
  return id ?? `me ${caller?.username}`;
}

export function versionOf(response: Response): number | undefined {
  const match = /^(?:W\/)?"(\d+)"$/.exec(response.headers.get("etag") ?? "");
  return match ? Number(match[1]) : undefined;
}

/**
 * A TestContext over the tracked app: every call is noted under `tag()`'s
 * request, and each response's ETag under its version key.
 */
export function trackedContext(
  tracked: TrackedApp,
  tag: () => number,
  versions: Map<string, number>,
): TestContext {
  const cloud = inject("localCloud");
  const send: Send = (caller, input, init) =>
    tracked.as(tag(), async () => {
      const response = await tracked.app.request(input, init);
      const version = versionOf(response);
      if (version !== undefined) versions.set(versionKey(input, caller), version);
      return response;
    });
  return { app: tracked.app, ...clientsOver(send), ...people(cloud, send, "naughty") };
}

/** A member city of the sweep's own, so its edits touch no other test's city. */
export async function sweepCity(tracked: TrackedApp): Promise<string> {
  const cityId = newId("cty");
  const now = new Date().toISOString();
  await tracked.core.data.entities.city
    .create({
      cityId,
      name: `Naughtyville ${cityId.slice(-6)}`,
      country: COUNTRIES[0],
      description: "A city of the naughty-input sweep, where every field gets hostile input.",
      createdAt: now,
      updatedAt: now,
      version: 1,
    })
    .go();
  return cityId;
}

export async function sweepCallers(ctx: TestContext, cityId: string): Promise<Callers> {
  const make = (groups: Role[], withCity = false) =>
    ctx.newUser({ groups, cityId: withCity ? cityId : undefined });
  const [contributor, trainer, learner, admin] = await Promise.all([
    make(["contributor"], true),
    make(["trainer"]),
    make([], true),
    make(["admin"]),
  ]);
  return { contributor, trainer, learner, admin } as Callers;
}
