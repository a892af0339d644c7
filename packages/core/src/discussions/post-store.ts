import { ulid } from "ulidx";
import type { Member } from "../auth/index.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import type { AnswerItem, EventItem, QuestionItem } from "./discussion.entity.ts";
import { type DiscussionAction, POSTS_PER_HOUR } from "./schemas.ts";
import { type Subject, subjectOwners } from "./subjects.ts";

const HOUR_MS = 60 * 60 * 1000;

export const questionNotFound = () =>
  new VisibleError("not-found", "question-not-found", "This discussion has no such question.");
export const answerNotFound = () =>
  new VisibleError("not-found", "answer-not-found", "This question has no such answer.");
export const stalePost = () =>
  new VisibleError(
    "precondition-failed",
    "stale-version",
    "This post changed since you loaded it. Reload the discussion and try again.",
  );

/** Seconds until the oldest of the last hour's posts leaves the window (pure). */
export function retryAfter(postedAt: readonly string[], at: Date): number | null {
  if (postedAt.length < POSTS_PER_HOUR) return null;
  const oldest = [...postedAt].sort()[postedAt.length - POSTS_PER_HOUR] as string;
  return Math.max(1, Math.ceil((Date.parse(oldest) + HOUR_MS - at.getTime()) / 1000));
}

/** Reading posts of a discussion, and the log entry each step writes beside its change. */
export function postStore(data: DataService) {
  const { discussionQuestion, discussionAnswer, discussionEvent } = data.entities;

  return {
    async question(subject: string, questionId: string): Promise<QuestionItem> {
      const found = await discussionQuestion.get({ subject, questionId }).go({ consistent: true });
      if (!found.data) throw questionNotFound();
      return found.data;
    },

    async answer(subject: string, questionId: string, answerId: string): Promise<AnswerItem> {
      const found = await discussionAnswer
        .get({ subject, questionId, answerId })
        .go({ consistent: true });
      if (!found.data) throw answerNotFound();
      return found.data;
    },

    /** 429 with Retry-After once `member` posted POSTS_PER_HOUR times in the last hour. */
    async assertUnderHourlyLimit(member: Member, at: Date): Promise<void> {
      const since = new Date(at.getTime() - HOUR_MS).toISOString();
      const steps = await discussionEvent.query
        .byPerson({ by: member.userId })
        .gt({ at: since })
        .where(({ action }, { eq }) => `${eq(action, "asked")} OR ${eq(action, "answered")}`)
        .go({ pages: "all", attributes: ["at"] });
      const wait = retryAfter(
        steps.data.map((step) => step.at),
        at,
      );
      if (wait === null) return;
      throw new VisibleError(
        "rate-limited",
        "too-many-posts",
        `You posted ${POSTS_PER_HOUR} questions or answers in the last hour. Try again later.`,
        [],
        { retryAfterSeconds: wait },
      );
    },

    /** The log entry of `action` by `member` on `post`, as written in the step's transaction. */
    event(
      subject: Subject,
      member: Member,
      action: DiscussionAction,
      post: { questionId: string; answerId?: string; authorId: string; questionAuthorId: string },
      at: string,
      extra: { reason?: string; answerId?: string } = {},
    ): EventItem {
      return {
        subject: subject.subject,
        at,
        eventId: ulid(),
        action,
        questionId: post.questionId,
        postId: post.answerId ?? post.questionId,
        postAuthorId: post.authorId,
        questionAuthorId: post.questionAuthorId,
        ...subjectOwners(subject),
        by: member.userId,
        byName: member.displayName,
        ...(extra.answerId && { answerId: extra.answerId }),
        ...(extra.reason && { reason: extra.reason }),
      };
    },
  };
}

/** A question or answer as the event helper reads it. */
export const asPost = (post: QuestionItem | AnswerItem) => ({
  questionId: post.questionId,
  authorId: post.authorId,
  questionAuthorId: "questionAuthorId" in post ? post.questionAuthorId : post.authorId,
  ...("answerId" in post && { answerId: post.answerId }),
});
