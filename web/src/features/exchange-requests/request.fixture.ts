import type { ExchangeRequest, MessageView, RequestActions } from "@alliance/core/web";

export const REQUEST_ID = "xrq_01JD5EEDXRQ000000000000R01";

const NONE: RequestActions = {
  answer: false,
  acceptDate: false,
  withdraw: false,
  recordOutcome: false,
  draftExperience: false,
  post: true,
};

/** A request from Aarhus to Rotterdam in `state`, with what the caller may do. */
export function requestIn(
  state: ExchangeRequest["state"],
  actions: Partial<RequestActions> = {},
  version = 1,
): ExchangeRequest {
  return {
    requestId: REQUEST_ID,
    state,
    kind: "study-visit",
    theme: "youth-work",
    from: { cityId: "cty_aarhus", name: "Aarhus" },
    to: { cityId: "cty_rotterdam", name: "Rotterdam" },
    requester: { userId: "usr_jonas", name: "Jonas Lund" },
    createdAt: "2026-11-20T09:30:00.000Z",
    updatedAt: "2026-11-20T09:30:00.000Z",
    version,
    message: "Could two of our youth workers spend a day with your street team?",
    preferredDates: [{ from: "2027-03-09", to: "2027-03-11" }],
    item: null,
    proposedDate: null,
    agreedDate: null,
    declineReason: null,
    outcome: null,
    experienceDrafts: [],
    actions: { ...NONE, ...actions },
    log: [
      {
        action: "requested",
        state: "open",
        by: "usr_jonas",
        byName: "Jonas Lund",
        message: null,
        at: "2026-11-20T09:30:00.000Z",
      },
    ],
  };
}

export function messageBy(
  name: string,
  body: string,
  actions: Partial<MessageView["actions"]> = {},
) {
  return {
    messageId: `msg_01JD5EEDMSG000000000000${name
      .slice(0, 3)
      .toUpperCase()
      .replace(/[ILOU]/g, "X")}`,
    requestId: REQUEST_ID,
    author: { userId: `usr_${name}`, name, cityId: "cty_aarhus" },
    body,
    createdAt: "2026-11-20T10:00:00.000Z",
    editableUntil: "2026-11-20T10:15:00.000Z",
    editedAt: null,
    state: "visible",
    hiddenReason: null,
    version: 1,
    actions: { edit: false, report: true, moderate: false, ...actions },
  } satisfies MessageView;
}
