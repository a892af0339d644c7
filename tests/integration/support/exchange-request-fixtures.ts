import type { ApiClient } from "@alliance/api/client";
import { type Caller, ifMatch, ok, type TestContext } from "./context.ts";

type Requests = ApiClient["api"]["exchange-requests"];
export type RequestForm = Parameters<Requests["$post"]>[0]["json"];

/** A request to `toCityId`, as a contributor would send it. */
export const requestTo = (toCityId: string, extra: Partial<RequestForm> = {}): RequestForm => ({
  toCityId,
  kind: "study-visit",
  theme: "youth-work",
  message: "We would like to see how your street team meets young people online and offline.",
  preferredDates: [{ from: "2027-03-01", to: "2027-03-05" }, { from: "2027-04-12" }],
  ...extra,
});

export const OUTCOME = {
  summary: "Two days with the street team; we will copy their online outreach shifts.",
  useful: true,
  followUp: true,
};
export const MESSAGE = { body: "Thank you! Our agenda is on https://example.org/agenda." };

/** The request routes of one request, as `caller`, typed. */
export const requestOf = (ctx: TestContext, caller: Caller | undefined) =>
  ctx.api(caller).api["exchange-requests"][":requestId"];

export type RequestState = "open" | "date-proposed" | "accepted" | "completed" | "declined";

/**
 * A request from `from`'s city to `toCityId`, brought to `state` by `from` and
 * `to` (a contributor of the requested city). Answers its id and version.
 */
export async function requestIn(
  ctx: TestContext,
  state: RequestState,
  from: Caller,
  to: Caller,
  toCityId: string,
) {
  const made = await ok(
    ctx.api(from).api["exchange-requests"].$post({ json: requestTo(toCityId) }),
  );
  const param = { requestId: made.requestId };
  let version = made.version;
  const answer = async (
    json: Parameters<ReturnType<typeof requestOf>["answer"]["$post"]>[0]["json"],
  ) => {
    version = (await ok(requestOf(ctx, to).answer.$post({ param, json, header: ifMatch(version) })))
      .version;
  };
  if (state === "date-proposed")
    await answer({ decision: "propose-date", date: { from: "2027-05-03" } });
  if (state === "declined")
    await answer({ decision: "decline", reason: "No capacity this spring." });
  if (state === "accepted" || state === "completed") await answer({ decision: "accept" });
  if (state === "completed") {
    version = (
      await ok(requestOf(ctx, to).outcome.$post({ param, json: OUTCOME, header: ifMatch(version) }))
    ).version;
  }
  return { requestId: made.requestId, version };
}

/** A message by `author` in the request's thread: its id and version. */
export async function messageIn(ctx: TestContext, author: Caller, requestId: string) {
  const message = await ok(
    requestOf(ctx, author).messages.$post({ param: { requestId }, json: MESSAGE }),
  );
  return { requestId, messageId: message.messageId, version: message.version };
}
