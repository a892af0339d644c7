import { describe, expect, it } from "vitest";
import type { Member } from "../auth/index.ts";
import type { AnswerItem, QuestionItem } from "./discussion.entity.ts";
import { retryAfter } from "./post-store.ts";
import { POSTS_PER_HOUR, parseSubject } from "./schemas.ts";
import { roleOf } from "./subjects.ts";
import { questionView } from "./views.ts";

const member = (userId: string, roles: string[] = [], cityId: string | null = null): Member =>
  ({
    actor: { kind: "user", subject: userId, username: userId, roles },
    userId,
    displayName: userId,
    cityId,
  }) as Member;

const asked = "2026-12-04T10:00:00.000Z";
const question: QuestionItem = {
  subject: "item:xch_1",
  questionId: "qst_1",
  title: "How?",
  body: "Tell us how.",
  authorId: "usr_asker",
  authorName: "Asker",
  state: "visible",
  acceptedAnswerId: "ans_2",
  createdAt: asked,
  updatedAt: asked,
  version: 1,
};
const answer = (answerId: string, extra: Partial<AnswerItem> = {}): AnswerItem => ({
  ...question,
  answerId,
  questionAuthorId: "usr_asker",
  body: `Answer ${answerId}`,
  authorId: "usr_city",
  authorName: "City",
  authorRole: "city",
  ...extra,
});
const minutes = (n: number) => new Date(Date.parse(asked) + n * 60_000);

describe("how a post looks to each member", () => {
  it("lets only its author edit, and only in the first 15 minutes", () => {
    const asker = member("usr_asker");
    expect(questionView(asker, question, [], minutes(14)).actions.edit).toBe(true);
    expect(questionView(asker, question, [], minutes(15)).actions.edit).toBe(false);
    expect(questionView(member("usr_other"), question, [], minutes(1)).actions.edit).toBe(false);
    expect(questionView(asker, question, [], minutes(1)).editableUntil).toBe(
      "2026-12-04T10:15:00.000Z",
    );
  });

  it("marks the accepted answer and lets the asker or an administrator change it", () => {
    const view = questionView(
      member("usr_x"),
      question,
      [answer("ans_1"), answer("ans_2")],
      minutes(1),
    );
    expect(view.answers.map((each) => each.accepted)).toEqual([false, true]);
    expect(view.actions.accept).toBe(false);
    expect(questionView(member("usr_asker"), question, [], minutes(1)).actions.accept).toBe(true);
    expect(
      questionView(member("usr_a", ["admin"]), question, [], minutes(1)).actions,
    ).toMatchObject({ accept: true, moderate: true, report: true });
  });

  it("shows a hidden post as hidden, without content, to all but its author and administrators", () => {
    const hidden: QuestionItem = { ...question, state: "hidden", hiddenReason: "Abuse" };
    const hiddenAnswer = answer("ans_1", { state: "hidden", hiddenReason: "Abuse" });
    const other = questionView(member("usr_x"), hidden, [hiddenAnswer], minutes(1));
    expect(other).toMatchObject({ title: null, body: null, author: null, hiddenReason: null });
    expect(other.answers[0]).toMatchObject({ body: null, author: null, role: null });
    expect(other.actions.report).toBe(false);
    const author = questionView(member("usr_asker"), hidden, [], minutes(1));
    expect(author).toMatchObject({ title: "How?", hiddenReason: "Abuse", state: "hidden" });
    expect(author.actions.edit).toBe(false);
    expect(questionView(member("usr_a", ["admin"]), hidden, [], minutes(1)).body).toBe(
      "Tell us how.",
    );
  });
});

describe("marks and limits", () => {
  it("marks the item's city contributors and the course's trainers", () => {
    const item = { subject: "item:xch_1", cityId: "cty_1" };
    expect(roleOf(member("usr_c", ["contributor"], "cty_1"), item)).toBe("city");
    expect(roleOf(member("usr_c", ["contributor"], "cty_2"), item)).toBeUndefined();
    expect(roleOf(member("usr_l", [], "cty_1"), item)).toBeUndefined();
    const course = { subject: "course:crs_1", trainerIds: ["usr_t"] };
    expect(roleOf(member("usr_t", ["trainer"]), course)).toBe("trainer");
    expect(roleOf(member("usr_u", ["trainer"]), course)).toBeUndefined();
    expect(parseSubject("course:crs_1")).toEqual({ kind: "course", id: "crs_1" });
  });

  it("waits until the oldest of the hour's posts is an hour old", () => {
    const now = minutes(30);
    const posts = Array.from({ length: POSTS_PER_HOUR }, (_, n) => minutes(n).toISOString());
    expect(retryAfter(posts.slice(1), now)).toBeNull();
    expect(retryAfter(posts, now)).toBe(30 * 60);
    expect(retryAfter([minutes(-59.99).toISOString(), ...posts.slice(1)], minutes(0))).toBe(1);
  });
});
