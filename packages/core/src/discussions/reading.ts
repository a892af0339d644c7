import { optionalMember } from "../auth/index.ts";
import { queryPage } from "../data/pagination.ts";
import type { DataService } from "../data/service.ts";
import type { AnswerItem } from "./discussion.entity.ts";
import { type Discussion, QUESTIONS_PER_PAGE } from "./schemas.ts";
import { loadSubject } from "./subjects.ts";
import { questionView } from "./views.ts";

/** Above every answer id of a question, for the end of a range of questions' answers. */
const LAST_ANSWER_ID = "ans_ZZZZZZZZZZZZZZZZZZZZZZZZZZ";

/** Reading a discussion: its counts for anyone, its questions and answers for members. */
export function readingUseCases(data: DataService, now: () => Date) {
  const { discussionQuestion, discussionAnswer, discussionCount } = data.entities;

  /** The answers of questions `first`..`last` (ids in order), oldest first: one Query. */
  async function answersBetween(subject: string, first: string, last: string) {
    const found = await discussionAnswer.query
      .bySubject({ subject })
      .between({ questionId: first }, { questionId: last, answerId: LAST_ANSWER_ID })
      .go({ pages: "all" });
    const byQuestion = new Map<string, AnswerItem[]>();
    for (const answer of found.data) {
      byQuestion.set(answer.questionId, [...(byQuestion.get(answer.questionId) ?? []), answer]);
    }
    return byQuestion;
  }

  return {
    /**
     * A discussion of a published item or course (404 otherwise). Signed out:
     * the counts only. Members: a page of questions, newest first, with answers.
     */
    async get(
      subject: string,
      page: { cursor?: string | undefined; limit?: number | undefined },
    ): Promise<Discussion> {
      const [member] = await Promise.all([optionalMember(data), loadSubject(data, subject)]);
      const counts = discussionCount.get({ subject }).go();
      if (!member) {
        const { data: found } = await counts;
        return {
          subject,
          questionCount: found?.questionCount ?? 0,
          answerCount: found?.answerCount ?? 0,
          questions: null,
          cursor: null,
          actions: { read: false, ask: false },
        };
      }
      const questions = await queryPage(discussionQuestion.query.bySubject({ subject }), {
        cursor: page.cursor,
        limit: page.limit ?? QUESTIONS_PER_PAGE,
        order: "desc",
      });
      const ids = questions.items.map((question) => question.questionId);
      const [answers, { data: found }] = await Promise.all([
        ids.length
          ? answersBetween(subject, ids[ids.length - 1] as string, ids[0] as string)
          : new Map<string, AnswerItem[]>(),
        counts,
      ]);
      const at = now();
      return {
        subject,
        questionCount: found?.questionCount ?? 0,
        answerCount: found?.answerCount ?? 0,
        questions: questions.items.map((question) =>
          questionView(member, question, answers.get(question.questionId) ?? [], at),
        ),
        cursor: questions.cursor,
        actions: { read: true, ask: true },
      };
    },
  };
}
