import type { MessageItem, RequestEventItem, RequestItem } from "@alliance/core";
import { DEMO_CITIES } from "./demo-cities.ts";
import { DEMO_ITEMS } from "./demo-items.ts";
import { DEMO_USERS, type DemoUserKey } from "./demo-users.ts";

/*
 * Two exchange requests (decision 0037), written as the steps would have written
 * them, with fixed ids so that a reseed writes nothing: an open one that
 * Rotterdam sent Aarhus about its "front door" (sign in as demo-aarhus to answer
 * it), and a completed one that Aarhus sent Rotterdam, with its thread and outcome
 * (sign in as demo-aarhus or demo-rotterdam to turn it into an experience draft).
 */

interface DemoStep {
  action: RequestEventItem["action"];
  state: RequestItem["state"];
  by: DemoUserKey;
  at: string;
  message?: string;
  messageId?: string;
}

interface DemoMessage {
  id: string;
  by: DemoUserKey;
  at: string;
  body: string;
}

export interface DemoExchangeRequest {
  request: Omit<
    RequestItem,
    "fromCityName" | "toCityName" | "requesterName" | "itemTitle" | "updatedAt" | "version"
  >;
  steps: DemoStep[];
  messages: DemoMessage[];
}

const [aarhus, rotterdam] = DEMO_CITIES;
const person = (key: DemoUserKey) => {
  const user = DEMO_USERS.find((each) => each.key === key);
  if (!user) throw new Error(`no demo user ${key}`);
  return user;
};
/** The city on a demo person's profile ("" for those without one). */
const cityOf = (key: DemoUserKey): string => {
  const user = person(key);
  return "cityId" in user ? (user.cityId ?? "") : "";
};
const frontDoor = DEMO_ITEMS.find((item) => item.itemId === "xch_01JD5EEDXCH0000000000000A1");

export const DEMO_EXCHANGE_REQUESTS: DemoExchangeRequest[] = [
  {
    request: {
      requestId: "xrq_01JD5EEDXRQ000000000000R01",
      state: "open",
      kind: "study-visit",
      theme: "multi-agency-cooperation",
      fromCityId: rotterdam?.cityId ?? "",
      toCityId: aarhus?.cityId ?? "",
      requesterId: person("contributorB").userId,
      message:
        "Our safety house wants to open a single front door for worried parents and teachers. Could two of our social workers spend a day with your team to see how calls are taken and passed on?",
      preferredDates: [{ from: "2027-03-09", to: "2027-03-11" }, { from: "2027-04-20" }],
      itemId: frontDoor?.itemId ?? "",
      experienceDrafts: [],
      createdAt: "2026-11-20T09:30:00.000Z",
    },
    steps: [
      { action: "requested", state: "open", by: "contributorB", at: "2026-11-20T09:30:00.000Z" },
    ],
    messages: [],
  },
  {
    request: {
      requestId: "xrq_01JD5EEDXRQ000000000000A01",
      state: "completed",
      kind: "call",
      theme: "youth-work",
      fromCityId: aarhus?.cityId ?? "",
      toCityId: rotterdam?.cityId ?? "",
      requesterId: person("contributorA").userId,
      message:
        "We are drafting a card of warning signs for our youth workers. Could we have an hour's call with whoever made your signal map, to learn what you left out and why?",
      preferredDates: [{ from: "2026-10-06", to: "2026-10-10" }],
      agreedDate: { from: "2026-10-08" },
      outcome: {
        summary:
          "An hour with Rotterdam's youth work lead: they dropped half of their first list after testing it with young people. We will test our card the same way before printing it.",
        useful: true,
        followUp: true,
        by: person("contributorA").userId,
        byName: person("contributorA").displayName,
        cityId: aarhus?.cityId ?? "",
        at: "2026-10-09T15:00:00.000Z",
      },
      experienceDrafts: [],
      createdAt: "2026-09-28T08:00:00.000Z",
    },
    steps: [
      { action: "requested", state: "open", by: "contributorA", at: "2026-09-28T08:00:00.000Z" },
      {
        action: "accepted",
        state: "accepted",
        by: "contributorB",
        at: "2026-09-29T10:15:00.000Z",
        message: "Gladly. Thursday 8 October at 14:00 suits our lead.",
      },
      {
        action: "message-posted",
        state: "accepted",
        by: "contributorA",
        at: "2026-09-29T11:00:00.000Z",
        messageId: "msg_01JD5EEDMSG000000000000R01",
      },
      {
        action: "message-posted",
        state: "accepted",
        by: "contributorB",
        at: "2026-09-30T08:20:00.000Z",
        messageId: "msg_01JD5EEDMSG000000000000R02",
      },
      {
        action: "message-posted",
        state: "accepted",
        by: "contributorA",
        at: "2026-10-09T14:40:00.000Z",
        messageId: "msg_01JD5EEDMSG000000000000R03",
      },
      {
        action: "outcome-recorded",
        state: "completed",
        by: "contributorA",
        at: "2026-10-09T15:00:00.000Z",
        message:
          "An hour with Rotterdam's youth work lead: they dropped half of their first list after testing it with young people. We will test our card the same way before printing it.",
      },
    ],
    messages: [
      {
        id: "msg_01JD5EEDMSG000000000000R01",
        by: "contributorA",
        at: "2026-09-29T11:00:00.000Z",
        body: "Thank you! Our draft card is here: https://example.org/aarhus/warning-signs-draft. We will call from our office line.",
      },
      {
        id: "msg_01JD5EEDMSG000000000000R02",
        by: "contributorB",
        at: "2026-09-30T08:20:00.000Z",
        body: "Received. Our lead would like to hear how you plan to train the youth workers to use it, so bring that question too.",
      },
      {
        id: "msg_01JD5EEDMSG000000000000R03",
        by: "contributorA",
        at: "2026-10-09T14:40:00.000Z",
        body: "Thanks for yesterday's call. We will share the tested card once it is printed.",
      },
    ],
  },
];

const cityName = (cityId: string) => DEMO_CITIES.find((city) => city.cityId === cityId)?.name ?? "";

/** The request, its messages and its log, as the steps would have written them. */
export function demoExchangeRequestRows(demo: DemoExchangeRequest): {
  request: RequestItem;
  messages: MessageItem[];
  events: RequestEventItem[];
} {
  const last = demo.steps.at(-1);
  const request: RequestItem = {
    ...demo.request,
    fromCityName: cityName(demo.request.fromCityId),
    toCityName: cityName(demo.request.toCityId),
    requesterName: DEMO_USERS.find((u) => u.userId === demo.request.requesterId)?.displayName ?? "",
    ...(demo.request.itemId && frontDoor && { itemTitle: frontDoor.fields.title }),
    updatedAt: last?.at ?? demo.request.createdAt,
    version: demo.steps.filter((step) => !step.action.startsWith("message-")).length,
  };
  const messages: MessageItem[] = demo.messages.map((message) => ({
    requestId: request.requestId,
    messageId: message.id,
    body: message.body,
    authorId: person(message.by).userId,
    authorName: person(message.by).displayName,
    authorCityId: cityOf(message.by),
    state: "visible" as const,
    createdAt: message.at,
    updatedAt: message.at,
    version: 1,
  }));
  const events: RequestEventItem[] = demo.steps.map((step, index) => ({
    requestId: request.requestId,
    at: step.at,
    eventId: `${request.requestId.slice(4, 22)}STEP${String(index).padStart(4, "0")}`,
    action: step.action,
    state: step.state,
    fromCityId: request.fromCityId,
    toCityId: request.toCityId,
    requesterId: request.requesterId,
    by: person(step.by).userId,
    byName: person(step.by).displayName,
    byCityId: cityOf(step.by),
    ...(step.message && { message: step.message }),
    ...(step.messageId && { messageId: step.messageId, messageAuthorId: person(step.by).userId }),
    ...(step.action === "requested" && request.itemId && { itemId: request.itemId }),
  }));
  return { request, messages, events };
}
