import { isAdmin, type Member } from "../auth/index.ts";
import type { AnswerItem, QuestionItem } from "./discussion.entity.ts";
import { type AnswerView, EDIT_WINDOW_MINUTES, type QuestionView } from "./schemas.ts";

/*
 * How a post looks to one member (pure): a hidden post shows as hidden, with no
 * content, to everyone but its author and administrators (decision 0036).
 */

const WINDOW_MS = EDIT_WINDOW_MINUTES * 60 * 1000;

export const editableUntil = (post: { createdAt: string }) =>
  new Date(Date.parse(post.createdAt) + WINDOW_MS).toISOString();

/** Its author, while the post is visible and within the edit window. */
export function mayEdit(member: Member, post: QuestionItem | AnswerItem, now: Date): boolean {
  return (
    post.authorId === member.userId &&
    post.state === "visible" &&
    now.getTime() < Date.parse(post.createdAt) + WINDOW_MS
  );
}

function postView(member: Member, post: QuestionItem | AnswerItem, now: Date) {
  const insider = post.authorId === member.userId || isAdmin(member);
  const shown = post.state === "visible" || insider;
  return {
    author: shown ? { userId: post.authorId, name: post.authorName } : null,
    role: shown ? (post.authorRole ?? null) : null,
    body: shown ? post.body : null,
    createdAt: post.createdAt,
    editedAt: post.editedAt ?? null,
    editableUntil: editableUntil(post),
    version: post.version,
    state: post.state,
    hiddenReason: insider ? (post.hiddenReason ?? null) : null,
    actions: {
      edit: mayEdit(member, post, now),
      report: post.state === "visible" && post.authorId !== member.userId,
      moderate: isAdmin(member),
    },
  };
}

export function answerView(
  member: Member,
  answer: AnswerItem,
  acceptedAnswerId: string | undefined,
  now: Date,
): AnswerView {
  return {
    answerId: answer.answerId,
    questionId: answer.questionId,
    accepted: answer.answerId === acceptedAnswerId,
    ...postView(member, answer, now),
  };
}

/** The asker or an administrator marks the accepted answer of a visible question. */
export const mayAccept = (member: Member, question: QuestionItem) =>
  question.state === "visible" && (question.authorId === member.userId || isAdmin(member));

export function questionView(
  member: Member,
  question: QuestionItem,
  answers: AnswerItem[],
  now: Date,
): QuestionView {
  const view = postView(member, question, now);
  return {
    questionId: question.questionId,
    title: view.body === null ? null : question.title,
    acceptedAnswerId: question.acceptedAnswerId ?? null,
    ...view,
    actions: { ...view.actions, accept: mayAccept(member, question) },
    answers: answers.map((answer) => answerView(member, answer, question.acceptedAnswerId, now)),
  };
}
