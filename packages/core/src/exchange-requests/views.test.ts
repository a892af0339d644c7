import { describe, expect, it } from "vitest";
import type { Member } from "../auth/index.ts";
import { itemCreateSchema } from "../exchange/schemas.ts";
import type { MessageItem, RequestItem } from "./exchange-request.entity.ts";
import { experienceDraft } from "./experience.ts";
import { retryAfter } from "./request-store.ts";
import { REQUESTS_PER_HOUR, requestAnswerSchema, requestFormSchema } from "./schemas.ts";
import { mayRead, messageView, requestActions } from "./views.ts";

const member = (userId: string, roles: string[] = [], cityId: string | null = null): Member =>
  ({
    actor: { kind: "user", subject: userId, username: userId, roles },
    userId,
    displayName: userId,
    cityId,
  }) as Member;

const at = "2026-12-04T10:00:00.000Z";
const request = (extra: Partial<RequestItem> = {}): RequestItem => ({
  requestId: "xrq_1",
  state: "open",
  kind: "study-visit",
  theme: "youth-work",
  fromCityId: "cty_A",
  fromCityName: "Aarhus",
  toCityId: "cty_B",
  toCityName: "Rotterdam",
  requesterId: "usr_a",
  requesterName: "Anna",
  message: "We would like to see how your youth workers meet young people online.",
  preferredDates: [{ from: "2027-03-01", to: "2027-03-05" }],
  experienceDrafts: [],
  createdAt: at,
  updatedAt: at,
  version: 1,
  ...extra,
});

const contributorA = member("usr_a", ["contributor"], "cty_A");
const contributorB = member("usr_b", ["contributor"], "cty_B");
const learnerB = member("usr_l", [], "cty_B");
const thirdCity = member("usr_c", ["contributor"], "cty_C");
const admin = member("usr_admin", ["admin"]);

describe("who may do what with a request", () => {
  it("lets only the requested city's contributors answer an open request", () => {
    expect(requestActions(contributorB, request()).answer).toBe(true);
    expect(requestActions(contributorA, request()).answer).toBe(false);
    expect(requestActions(learnerB, request()).answer).toBe(false);
    expect(requestActions(admin, request()).answer).toBe(false);
    expect(requestActions(contributorB, request({ state: "accepted" })).answer).toBe(false);
  });

  it("lets the requesting city withdraw while pending and take a proposed date", () => {
    expect(requestActions(contributorA, request()).withdraw).toBe(true);
    const proposed = request({ state: "date-proposed" });
    expect(requestActions(contributorA, proposed)).toMatchObject({
      withdraw: true,
      acceptDate: true,
    });
    expect(requestActions(contributorB, proposed).acceptDate).toBe(false);
    expect(requestActions(contributorA, request({ state: "accepted" })).withdraw).toBe(false);
  });

  it("lets either side record the outcome once accepted, and draft one experience per city", () => {
    expect(requestActions(contributorA, request({ state: "accepted" })).recordOutcome).toBe(true);
    expect(requestActions(contributorB, request({ state: "accepted" })).recordOutcome).toBe(true);
    const done = request({
      state: "completed",
      experienceDrafts: [{ cityId: "cty_A", itemId: "x" }],
    });
    expect(requestActions(contributorA, done).draftExperience).toBe(false);
    expect(requestActions(contributorB, done).draftExperience).toBe(true);
  });

  it("shows the thread to both cities' members and administrators, no one else", () => {
    expect(mayRead(learnerB, request())).toBe(true);
    expect(mayRead(admin, request())).toBe(true);
    expect(mayRead(thirdCity, request())).toBe(false);
    expect(mayRead(member("usr_x"), request())).toBe(false);
    expect(requestActions(admin, request()).post).toBe(false);
    expect(requestActions(learnerB, request()).post).toBe(true);
  });
});

describe("messages", () => {
  const message: MessageItem = {
    requestId: "xrq_1",
    messageId: "msg_1",
    body: "See https://example.org",
    authorId: "usr_a",
    authorName: "Anna",
    authorCityId: "cty_A",
    state: "hidden",
    hiddenReason: "Personal data",
    createdAt: at,
    updatedAt: at,
    version: 2,
  };

  it("hides a hidden message's content from all but its author and administrators", () => {
    expect(messageView(contributorB, message, new Date(at))).toMatchObject({
      body: null,
      author: null,
      hiddenReason: null,
    });
    expect(messageView(contributorA, message, new Date(at)).body).toBe(message.body);
    expect(messageView(admin, message, new Date(at)).hiddenReason).toBe("Personal data");
  });

  it("is editable by its author for 15 minutes only", () => {
    const visible = { ...message, state: "visible" as const };
    expect(messageView(contributorA, visible, new Date("2026-12-04T10:14:59Z")).actions.edit).toBe(
      true,
    );
    expect(messageView(contributorA, visible, new Date("2026-12-04T10:15:00Z")).actions.edit).toBe(
      false,
    );
    expect(messageView(contributorB, visible, new Date(at)).actions).toMatchObject({
      edit: false,
      report: true,
    });
  });
});

describe("limits and forms", () => {
  it("asks to wait until the oldest of the hour's requests is an hour old", () => {
    const times = Array.from({ length: REQUESTS_PER_HOUR }, (_, i) =>
      new Date(Date.parse(at) + i * 60_000).toISOString(),
    );
    expect(retryAfter(times.slice(1), REQUESTS_PER_HOUR, new Date(at))).toBeNull();
    expect(retryAfter(times, REQUESTS_PER_HOUR, new Date("2026-12-04T10:30:00Z"))).toBe(1800);
  });

  it("needs a reason to decline and a date to propose", () => {
    expect(requestAnswerSchema.safeParse({ decision: "decline" }).success).toBe(false);
    expect(requestAnswerSchema.safeParse({ decision: "propose-date" }).success).toBe(false);
    expect(
      requestAnswerSchema.safeParse({ decision: "propose-date", date: { from: "2027-04-01" } })
        .success,
    ).toBe(true);
  });

  it("refuses a range that ends before it starts, and too many dates", () => {
    const form = {
      toCityId: "cty_01JD5EEDC1TY0000000000R0TT",
      kind: "call",
      theme: "youth-work",
      message: "A call about your youth work programme, please.",
      preferredDates: [{ from: "2027-03-05", to: "2027-03-01" }],
    };
    const parsed = requestFormSchema.safeParse(form);
    expect(parsed.error?.issues[0]?.path).toEqual(["preferredDates", 0, "to"]);
    const many = { ...form, preferredDates: Array(6).fill({ from: "2027-03-01" }) };
    expect(requestFormSchema.safeParse(many).success).toBe(false);
  });
});

describe("the experience draft", () => {
  it("is a valid item draft pre-filled from the request and its outcome, named for the other city", () => {
    const done = request({
      state: "completed",
      agreedDate: { from: "2027-03-02" },
      outcome: {
        summary: "Two days with the street team; we will copy their online outreach.",
        useful: true,
        followUp: true,
        by: "usr_b",
        byName: "Bo",
        cityId: "cty_B",
        at,
      },
    });
    const draft = experienceDraft(done, "cty_B");
    expect(itemCreateSchema.parse(draft)).toMatchObject({
      kind: "experience",
      title: "A study visit with Aarhus on youth work",
      themes: ["youth-work"],
      period: { start: "2027-03-02", end: "2027-03-02", ongoing: false },
    });
    expect(draft.description).toContain("we will copy their online outreach");
    expect(draft.description).toContain("Useful: yes");
  });
});
