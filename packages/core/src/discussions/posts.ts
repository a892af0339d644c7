import { currentMember, isAdmin, type Member } from "../auth/index.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import { newId } from "../ids.ts";
import type { AnswerItem, QuestionItem } from "./discussion.entity.ts";
import { answerNotFound, asPost, postStore, stalePost } from "./post-store.ts";
import type {
  AcceptAnswer,
  AnswerForm,
  AnswerView,
  QuestionForm,
  QuestionView,
} from "./schemas.ts";
import { loadSubject, roleOf, type Subject } from "./subjects.ts";
import { answerView, mayAccept, mayEdit, questionView } from "./views.ts";

const notVisible = () =>
  new VisibleError("conflict", "post-hidden", "This post is hidden by the moderators.");

/** Asking, answering, editing within the window and accepting an answer. */
export function postUseCases(data: DataService, now: () => Date) {
  const store = postStore(data);

  /** The member, the subject (404 unless published) and the time, for a new post. */
  async function poster(subjectId: string) {
    const member = await currentMember(data);
    const subject = await loadSubject(data, subjectId);
    const at = now();
    await store.assertUnderHourlyLimit(member, at);
    const stamp = at.toISOString();
    const role = roleOf(member, subject);
    /** What a new post says about its author and its time. */
    const authored = {
      subject: subjectId,
      authorId: member.userId,
      authorName: member.displayName,
      ...(role && { authorRole: role }),
      state: "visible" as const,
      createdAt: stamp,
      updatedAt: stamp,
      version: 1,
    };
    return { member, subject, at, stamp, authored };
  }

  /** 403 unless `member` may edit `post` now; then 412 on a stale version. */
  function assertEditable(member: Member, post: QuestionItem | AnswerItem, version: number) {
    if (post.authorId !== member.userId) {
      throw new VisibleError("forbidden", "not-the-author", "Only its author can edit a post.");
    }
    if (post.state !== "visible") throw notVisible();
    if (!mayEdit(member, post, now())) {
      throw new VisibleError(
        "conflict",
        "edit-window-closed",
        "A post can be edited for 15 minutes after it is posted; this one no longer can.",
      );
    }
    if (post.version !== version) throw stalePost();
  }

  /** The edited post's next state, and the write: the post and its `edited` log entry. */
  async function saveEdit<P extends QuestionItem | AnswerItem>(
    member: Member,
    subject: Subject,
    post: P,
    changes: Partial<P>,
  ): Promise<P> {
    const at = now().toISOString();
    const next = { ...changes, editedAt: at, updatedAt: at, version: post.version + 1 };
    const result = await data.transaction
      .write(({ discussionQuestion, discussionAnswer, discussionEvent }) => [
        "answerId" in post
          ? discussionAnswer
              .patch({
                subject: post.subject,
                questionId: post.questionId,
                answerId: post.answerId,
              })
              .set(next)
              .where((attributes, { eq }) => eq(attributes.version, post.version))
              .commit()
          : discussionQuestion
              .patch({ subject: post.subject, questionId: post.questionId })
              .set(next)
              .where((attributes, { eq }) => eq(attributes.version, post.version))
              .commit(),
        discussionEvent.create(store.event(subject, member, "edited", asPost(post), at)).commit(),
      ])
      .go();
    if (result.canceled) throw stalePost();
    return { ...post, ...next };
  }

  return {
    async ask(subjectId: string, form: QuestionForm): Promise<QuestionView> {
      const { member, subject, at, stamp, authored } = await poster(subjectId);
      const question: QuestionItem = {
        ...authored,
        questionId: newId("qst"),
        title: form.title,
        body: form.body,
      };
      await data.transaction
        .write(({ discussionQuestion, discussionCount, discussionEvent }) => [
          discussionQuestion.create(question).commit(),
          discussionCount.update({ subject: subjectId }).add({ questionCount: 1 }).commit(),
          discussionEvent
            .create(store.event(subject, member, "asked", asPost(question), stamp))
            .commit(),
        ])
        .go();
      return questionView(member, question, [], at);
    },

    async answer(subjectId: string, questionId: string, form: AnswerForm): Promise<AnswerView> {
      const { member, subject, at, stamp, authored } = await poster(subjectId);
      const question = await store.question(subjectId, questionId);
      if (question.state !== "visible") throw notVisible();
      const answer: AnswerItem = {
        ...authored,
        questionId,
        answerId: newId("ans"),
        questionAuthorId: question.authorId,
        body: form.body,
      };
      await data.transaction
        .write(({ discussionAnswer, discussionCount, discussionEvent }) => [
          discussionAnswer.create(answer).commit(),
          discussionCount.update({ subject: subjectId }).add({ answerCount: 1 }).commit(),
          discussionEvent
            .create(store.event(subject, member, "answered", asPost(answer), stamp))
            .commit(),
        ])
        .go();
      return answerView(member, answer, question.acceptedAnswerId, at);
    },

    async editQuestion(
      subjectId: string,
      questionId: string,
      form: QuestionForm,
      version: number,
    ): Promise<QuestionView> {
      const member = await currentMember(data);
      const subject = await loadSubject(data, subjectId);
      const question = await store.question(subjectId, questionId);
      assertEditable(member, question, version);
      const saved = await saveEdit(member, subject, question, form);
      const answers = await data.entities.discussionAnswer.query
        .bySubject({ subject: subjectId, questionId })
        .go({ pages: "all" });
      return questionView(member, saved, answers.data, now());
    },

    async editAnswer(
      subjectId: string,
      questionId: string,
      answerId: string,
      form: AnswerForm,
      version: number,
    ): Promise<AnswerView> {
      const member = await currentMember(data);
      const subject = await loadSubject(data, subjectId);
      const [question, answer] = await Promise.all([
        store.question(subjectId, questionId),
        store.answer(subjectId, questionId, answerId),
      ]);
      assertEditable(member, answer, version);
      const saved = await saveEdit(member, subject, answer, form);
      return answerView(member, saved, question.acceptedAnswerId, now());
    },

    /**
     * The asker (or an administrator) marks one visible answer accepted, or takes
     * the mark away (null); changing it is allowed. Conditional on the question's version.
     */
    async accept(
      subjectId: string,
      questionId: string,
      choice: AcceptAnswer,
      version: number,
    ): Promise<QuestionView> {
      const member = await currentMember(data);
      const subject = await loadSubject(data, subjectId);
      const question = await store.question(subjectId, questionId);
      if (question.authorId !== member.userId && !isAdmin(member)) {
        throw new VisibleError(
          "forbidden",
          "not-the-asker",
          "Only the person who asked (or an administrator) marks the accepted answer.",
        );
      }
      if (!mayAccept(member, question)) throw notVisible();
      if (question.version !== version) throw stalePost();
      const answers = await data.entities.discussionAnswer.query
        .bySubject({ subject: subjectId, questionId })
        .go({ pages: "all" });
      const chosen = choice.answerId
        ? answers.data.find((answer) => answer.answerId === choice.answerId)
        : undefined;
      if (choice.answerId && !chosen) throw answerNotFound();
      if (chosen && chosen.state !== "visible") throw notVisible();
      const at = now().toISOString();
      const next = { updatedAt: at, version: question.version + 1 };
      const event = chosen
        ? store.event(subject, member, "accepted", asPost(chosen), at, {
            answerId: chosen.answerId,
          })
        : store.event(subject, member, "unaccepted", asPost(question), at);
      const result = await data.transaction
        .write(({ discussionQuestion, discussionEvent }) => {
          const patch = discussionQuestion.patch({ subject: subjectId, questionId });
          return [
            (chosen
              ? patch.set({ ...next, acceptedAnswerId: chosen.answerId })
              : patch.set(next).remove(["acceptedAnswerId"])
            )
              .where((attributes, { eq }) => eq(attributes.version, question.version))
              .commit(),
            discussionEvent.create(event).commit(),
          ];
        })
        .go();
      if (result.canceled) throw stalePost();
      const saved: QuestionItem = { ...question, ...next };
      if (chosen) saved.acceptedAnswerId = chosen.answerId;
      else delete saved.acceptedAnswerId;
      return questionView(member, saved, answers.data, now());
    },
  };
}
