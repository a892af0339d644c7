import { z } from "zod";
import { pageQuerySchema } from "../cities/schemas.ts";
import { idPattern, ULID_PATTERN } from "../schema/ids.ts";
import { boundedText } from "../schema/text.ts";
import { AUTHOR_ROLES, POST_STATES } from "../taxonomy/discussions.ts";

export {
  AUTHOR_ROLES,
  type AuthorRole,
  DISCUSSION_ACTIONS,
  type DiscussionAction,
  POST_STATES,
  type PostState,
} from "../taxonomy/discussions.ts";

/*
 * Discussions of published exchange items and courses (decision 0036): members
 * ask questions and answer them; administrators hide and restore posts.
 */

/** Minutes after posting during which its author may edit a post. */
export const EDIT_WINDOW_MINUTES = 15;
/** Questions and answers one person may post in an hour; the next is 429. */
export const POSTS_PER_HOUR = 10;
export const QUESTION_TITLE_MAX = 160;
export const POST_BODY_MAX = 5000;
/** Questions per page of a discussion, by default. */
export const QUESTIONS_PER_PAGE = 10;

/** What a discussion is about: a published exchange item or a published course. */
export const SUBJECT_KINDS = ["item", "course"] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export const subjectSchema = z
  .string()
  .regex(
    new RegExp(`^(item:xch|course:crs)_${ULID_PATTERN}$`),
    "Expected a subject such as item:xch_01J9ZC3V6D8R1F3W5S9K2M4N7P or course:crs_01J9ZC3V6D8R1F3W5S9K2M4N7P",
  );

/** `item:xch_…` → { kind: "item", id: "xch_…" }. */
export function parseSubject(subject: string): { kind: SubjectKind; id: string } {
  const [kind, id] = subject.split(":") as [SubjectKind, string];
  return { kind, id };
}

export const discussionSubject = (kind: SubjectKind, id: string) => `${kind}:${id}`;

export const questionIdSchema = z
  .string()
  .regex(idPattern("qst"), "Expected a question id such as qst_01J9ZC3V6D8R1F3W5S9K2M4N7P");
export const answerIdSchema = z
  .string()
  .regex(idPattern("ans"), "Expected an answer id such as ans_01J9ZC3V6D8R1F3W5S9K2M4N7P");

export const discussionPathSchema = z.object({ subject: subjectSchema });
export const questionPathSchema = discussionPathSchema.extend({ questionId: questionIdSchema });
export const answerPathSchema = questionPathSchema.extend({ answerId: answerIdSchema });

const text = boundedText;

/** A question as asked or edited: its title and its body (Markdown, as item descriptions). */
export const questionFormSchema = z
  .strictObject({ title: text(5, QUESTION_TITLE_MAX), body: text(10, POST_BODY_MAX) })
  .meta({ id: "DiscussionQuestionForm" });
export type QuestionForm = z.infer<typeof questionFormSchema>;

/** An answer as written or edited (Markdown). */
export const answerFormSchema = z
  .strictObject({ body: text(2, POST_BODY_MAX) })
  .meta({ id: "DiscussionAnswerForm" });
export type AnswerForm = z.infer<typeof answerFormSchema>;

/** The asker's (or an administrator's) accepted answer; null takes the mark away. */
export const acceptAnswerSchema = z
  .strictObject({ answerId: answerIdSchema.nullable() })
  .meta({ id: "DiscussionAcceptAnswer" });
export type AcceptAnswer = z.infer<typeof acceptAnswerSchema>;

const reason = text(5, 500);

/** A member's report of a post to the administrators. */
export const postReportSchema = z.strictObject({ reason }).meta({ id: "DiscussionPostReport" });
export type PostReport = z.infer<typeof postReportSchema>;

export const MODERATION_DECISIONS = ["hide", "restore"] as const;
export type ModerationDecision = (typeof MODERATION_DECISIONS)[number];

/**
 * An administrator's decision on a post, with its reason (recorded). `hide` a
 * visible post; `restore` a hidden one, or keep a reported visible one (its
 * reports leave the queue either way).
 */
export const postModerationSchema = z
  .strictObject({ decision: z.enum(MODERATION_DECISIONS), reason })
  .meta({ id: "DiscussionPostModeration" });
export type PostModeration = z.infer<typeof postModerationSchema>;

const postViewShape = {
  /** Null for a hidden post, to everyone but its author and administrators. */
  author: z.object({ userId: z.string(), name: z.string() }).nullable(),
  role: z.enum(AUTHOR_ROLES).nullable(),
  body: z.string().nullable(),
  createdAt: z.iso.datetime(),
  editedAt: z.iso.datetime().nullable(),
  /** Until when its author may edit it. */
  editableUntil: z.iso.datetime(),
  version: z.number().int().positive(),
  state: z.enum(POST_STATES),
  /** Why it was hidden: its author and administrators only (null for others). */
  hiddenReason: z.string().nullable(),
  actions: z.object({ edit: z.boolean(), report: z.boolean(), moderate: z.boolean() }),
};

export const answerViewSchema = z
  .object({
    answerId: z.string(),
    questionId: z.string(),
    accepted: z.boolean(),
    ...postViewShape,
  })
  .meta({ id: "DiscussionAnswer" });
export type AnswerView = z.infer<typeof answerViewSchema>;

export const questionViewSchema = z
  .object({
    questionId: z.string(),
    title: z.string().nullable(),
    acceptedAnswerId: z.string().nullable(),
    ...postViewShape,
    actions: postViewShape.actions.extend({ accept: z.boolean() }),
    answers: z.array(answerViewSchema),
  })
  .meta({ id: "DiscussionQuestion" });
export type QuestionView = z.infer<typeof questionViewSchema>;

/**
 * A discussion. Signed out: its counts only (`questions` null), as contact
 * details are for members only. Members: a page of questions, newest first,
 * each with its answers, oldest first.
 */
export const discussionSchema = z
  .object({
    subject: z.string(),
    questionCount: z.number().int().nonnegative(),
    answerCount: z.number().int().nonnegative(),
    questions: z.array(questionViewSchema).nullable(),
    cursor: z.string().nullable(),
    actions: z.object({ read: z.boolean(), ask: z.boolean() }),
  })
  .meta({ id: "Discussion" });
export type Discussion = z.infer<typeof discussionSchema>;

export const discussionQuerySchema = pageQuerySchema;

/** A reported post in the administrators' queue, with the reports' reasons. */
export const reportedPostSchema = z
  .object({
    subject: z.string(),
    questionId: z.string(),
    answerId: z.string().nullable(),
    /** The question's title, for context (also for a reported answer). */
    questionTitle: z.string(),
    body: z.string(),
    author: z.object({ userId: z.string(), name: z.string() }),
    state: z.enum(POST_STATES),
    version: z.number().int().positive(),
    reportCount: z.number().int().positive(),
    firstReportedAt: z.iso.datetime(),
    reports: z.array(z.object({ byName: z.string(), reason: z.string(), at: z.iso.datetime() })),
  })
  .meta({ id: "DiscussionReportedPost" });
export type ReportedPost = z.infer<typeof reportedPostSchema>;

export const reportedPostPageSchema = z
  .object({ items: z.array(reportedPostSchema), cursor: z.string().nullable() })
  .meta({ id: "DiscussionReportedPostPage" });
export type ReportedPostPage = z.infer<typeof reportedPostPageSchema>;

/** A post after a moderation decision. */
export const moderatedPostSchema = z
  .object({
    questionId: z.string(),
    answerId: z.string().nullable(),
    state: z.enum(POST_STATES),
    hiddenReason: z.string().nullable(),
    version: z.number().int().positive(),
  })
  .meta({ id: "DiscussionModeratedPost" });
export type ModeratedPost = z.infer<typeof moderatedPostSchema>;
