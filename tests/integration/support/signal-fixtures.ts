import type { ApiClient } from "@alliance/api/client";
import { type Caller, ifMatch, ok, type TestContext } from "./context.ts";

type Observations = ApiClient["api"]["signals"]["observations"];
export type ObservationForm = Parameters<Observations["$post"]>[0]["json"];

/** This month, YYYY-MM (UTC), which every observation may name. */
export const THIS_MONTH = new Date().toISOString().slice(0, 7);

/** A complete observation, as a city's member would record it. */
export const OBSERVATION: ObservationForm = {
  theme: "hate-incidents",
  area: "Northern districts",
  period: THIS_MONTH,
  direction: "rising",
  intensity: "medium",
  note: "More stickers with extremist symbols around the central station than last month.",
};

export const observation = (ctx: TestContext, caller: Caller | undefined) =>
  ctx.api(caller).api.signals.observations[":observationId"];

/** An observation recorded by `member` (a member of a city), approved by `admin` if asked. */
export async function observationIn(
  ctx: TestContext,
  member: Caller,
  form: Partial<ObservationForm> = {},
  admin?: Caller,
) {
  const made = await ok(
    ctx.api(member).api.signals.observations.$post({ json: { ...OBSERVATION, ...form } }),
  );
  if (!admin) return made;
  return ok(
    observation(ctx, admin).review.$post({
      param: { observationId: made.observationId },
      json: { decision: "approve" },
      header: ifMatch(made.version),
    }),
  );
}
