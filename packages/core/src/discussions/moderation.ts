import { decisionAudit } from "../audit/index.ts";
import { currentMember, requireRole } from "../auth/index.ts";
import { queryPage } from "../data/pagination.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import type { AnswerItem, QuestionItem } from "./discussion.entity.ts";
import { asPost, postStore, stalePost } from "./post-store.ts";
import { reportedPosts } from "./report-queue.ts";
import type { ModeratedPost, PostModeration, PostReport, ReportedPostPage } from "./schemas.ts";
import { loadSubject } from "./subjects.ts";

/** Where a post is: its question, and its answer for an answer. */
export interface PostAddress {
  subject: string;
  questionId: string;
  answerId?: string | undefined;
}

/** Members report posts; administrators hide, restore or keep them with a reason. */
export function moderationUseCases(data: DataService, now: () => Date) {
  const store = postStore(data);

  const load = (at: PostAddress): Promise<QuestionItem | AnswerItem> =>
    at.answerId
      ? store.answer(at.subject, at.questionId, at.answerId)
      : store.question(at.subject, at.questionId);

  return {
    /** One report per member per post (409 for a second); the post joins the queue. */
    async report(at: PostAddress, report: PostReport): Promise<void> {
      const member = await currentMember(data);
      const subject = await loadSubject(data, at.subject);
      const post = await load(at);
      if (post.state !== "visible") {
        throw new VisibleError("conflict", "post-hidden", "This post is already hidden.");
      }
      const postId = at.answerId ?? at.questionId;
      const stamp = now().toISOString();
      const flag = await data.entities.discussionFlag.get({ subject: at.subject, postId }).go();
      const result = await data.transaction
        .write(({ discussionReport, discussionFlag, discussionEvent }) => [
          discussionReport
            .create({
              subject: at.subject,
              postId,
              reporterId: member.userId,
              reporterName: member.displayName,
              reason: report.reason,
              at: stamp,
            })
            .commit(),
          flag.data
            ? discussionFlag
                .patch({ subject: at.subject, postId })
                .set({ reportCount: flag.data.reportCount + 1 })
                .where((attributes, { eq }) => eq(attributes.reportCount, flag.data?.reportCount))
                .commit()
            : discussionFlag
                .create({
                  subject: at.subject,
                  postId,
                  questionId: at.questionId,
                  firstReportedAt: stamp,
                  reportCount: 1,
                })
                .commit(),
          discussionEvent
            .create(
              store.event(subject, member, "reported", asPost(post), stamp, {
                reason: report.reason,
              }),
            )
            .commit(),
        ])
        .go();
      if (!result.canceled) return;
      const mine = await data.entities.discussionReport
        .get({ subject: at.subject, postId, reporterId: member.userId })
        .go();
      if (mine.data) {
        throw new VisibleError("conflict", "already-reported", "You already reported this post.");
      }
      throw new VisibleError(
        "conflict",
        "report-race",
        "Someone reported this post at the same moment. Please send your report again.",
      );
    },

    /**
     * An administrator hides a visible post, restores a hidden one or keeps a
     * reported one, with a reason; the decision is logged and the post leaves
     * the queue. Conditional on the post's version (412); a decision the post's
     * state does not allow is 409.
     */
    async moderate(
      at: PostAddress,
      decision: PostModeration,
      version: number,
    ): Promise<ModeratedPost> {
      requireRole("admin");
      const member = await currentMember(data);
      const subject = await loadSubject(data, at.subject);
      const post = await load(at);
      const postId = at.answerId ?? at.questionId;
      if (post.version !== version) throw stalePost();
      const flag = await data.entities.discussionFlag.get({ subject: at.subject, postId }).go();
      const hide = decision.decision === "hide";
      if (hide ? post.state === "hidden" : post.state === "visible" && !flag.data) {
        throw new VisibleError(
          "conflict",
          "invalid-state",
          hide ? "This post is already hidden." : "This post is visible and nobody reported it.",
        );
      }
      const action = hide ? "hidden" : post.state === "hidden" ? "restored" : "kept";
      const stamp = now().toISOString();
      const next = {
        state: hide ? ("hidden" as const) : ("visible" as const),
        updatedAt: stamp,
        version: post.version + 1,
      };
      const audit = decisionAudit(
        member,
        `post-${action}`,
        {
          id: postId,
          name:
            "title" in post
              ? `${post.title} (${post.authorName})`
              : `Answer by ${post.authorName} (${post.questionId})`,
        },
        { before: `state: ${post.state}`, after: `state: ${next.state}`, reason: decision.reason },
        stamp,
      );
      const result = await data.transaction
        .write(
          ({
            discussionQuestion,
            discussionAnswer,
            discussionFlag,
            discussionCount,
            discussionEvent,
            auditRecord,
          }) => {
            const set = hide ? { ...next, hiddenReason: decision.reason } : next;
            const remove = hide ? [] : (["hiddenReason"] as const);
            const postChange =
              "answerId" in post
                ? discussionAnswer
                    .patch({
                      subject: post.subject,
                      questionId: post.questionId,
                      answerId: post.answerId,
                    })
                    .set(set)
                    .remove([...remove])
                    .where((attributes, { eq }) => eq(attributes.version, post.version))
                    .commit()
                : discussionQuestion
                    .patch({ subject: post.subject, questionId: post.questionId })
                    .set(set)
                    .remove([...remove])
                    .where((attributes, { eq }) => eq(attributes.version, post.version))
                    .commit();
            // The counts are of visible posts: hiding takes one off, restoring puts it back.
            const step = action === "hidden" ? -1 : action === "restored" ? 1 : 0;
            const countChange = step
              ? [
                  discussionCount
                    .update({ subject: at.subject })
                    .add("answerId" in post ? { answerCount: step } : { questionCount: step })
                    .commit(),
                ]
              : [];
            return [
              postChange,
              ...countChange,
              discussionFlag.delete({ subject: at.subject, postId }).commit(),
              discussionEvent
                .create(
                  store.event(subject, member, action, asPost(post), stamp, {
                    reason: decision.reason,
                  }),
                )
                .commit(),
              auditRecord.create(audit).commit(),
            ];
          },
        )
        .go();
      if (result.canceled) throw stalePost();
      return {
        questionId: post.questionId,
        answerId: at.answerId ?? null,
        state: next.state,
        hiddenReason: hide ? decision.reason : null,
        version: next.version,
      } satisfies ModeratedPost;
    },

    /** The administrators' queue: reported posts nobody decided on, oldest report first. */
    async queue(page: {
      cursor?: string | undefined;
      limit?: number | undefined;
    }): Promise<ReportedPostPage> {
      requireRole("admin");
      const flags = await queryPage(data.entities.discussionFlag.query.queue({}), page);
      return { items: await reportedPosts(data, flags.items), cursor: flags.cursor };
    },
  };
}

export type { ReportedPostPage };
