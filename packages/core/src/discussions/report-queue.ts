import type { DataService } from "../data/service.ts";
import type { AnswerItem, FlagItem, QuestionItem } from "./discussion.entity.ts";
import type { ReportedPost } from "./schemas.ts";

/**
 * The queue's entries: each flagged post with its question (for the title) and
 * its reports. Two BatchGets and one Query per post, all at once.
 */
export async function reportedPosts(data: DataService, flags: FlagItem[]): Promise<ReportedPost[]> {
  if (flags.length === 0) return [];
  const { discussionQuestion, discussionAnswer, discussionReport } = data.entities;
  const answerFlags = flags.filter((flag) => flag.postId.startsWith("ans_"));
  const questionKeys = [
    ...new Map(
      flags.map((flag) => [
        `${flag.subject} ${flag.questionId}`,
        { subject: flag.subject, questionId: flag.questionId },
      ]),
    ).values(),
  ];
  const [questions, answers, reports] = await Promise.all([
    discussionQuestion.get(questionKeys).go(),
    answerFlags.length
      ? discussionAnswer
          .get(
            answerFlags.map((flag) => ({
              subject: flag.subject,
              questionId: flag.questionId,
              answerId: flag.postId,
            })),
          )
          .go()
      : { data: [] as AnswerItem[] },
    Promise.all(
      flags.map((flag) =>
        discussionReport.query
          .byPost({ subject: flag.subject, postId: flag.postId })
          .go({ pages: "all" }),
      ),
    ),
  ]);
  const questionOf = new Map<string, QuestionItem>(
    questions.data.map((question) => [`${question.subject} ${question.questionId}`, question]),
  );
  const answerOf = new Map<string, AnswerItem>(
    answers.data.map((answer) => [answer.answerId, answer]),
  );
  return flags.flatMap((flag, index) => {
    const question = questionOf.get(`${flag.subject} ${flag.questionId}`);
    const post = flag.postId.startsWith("ans_") ? answerOf.get(flag.postId) : question;
    if (!question || !post) return [];
    return [
      {
        subject: flag.subject,
        questionId: flag.questionId,
        answerId: "answerId" in post ? post.answerId : null,
        questionTitle: question.title,
        body: post.body,
        author: { userId: post.authorId, name: post.authorName },
        state: post.state,
        version: post.version,
        reportCount: flag.reportCount,
        firstReportedAt: flag.firstReportedAt,
        reports: (reports[index]?.data ?? []).map((report) => ({
          byName: report.reporterName,
          reason: report.reason,
          at: report.at,
        })),
      },
    ];
  });
}
