import type { EntityItem } from "electrodb";
import { defineEntity } from "../data/entity.ts";
import { SERVICE_NAME } from "../data/service-name.ts";
import { timestamps } from "../data/timestamps.ts";
import { AUTHOR_ROLES, DISCUSSION_ACTIONS, POST_STATES } from "../taxonomy/discussions.ts";

/*
 * A discussion is the partition of its subject (`item:xch_…`, `course:crs_…`):
 * its questions, their answers (sorted under their question, so a page of
 * questions' answers is one Query) and its counts. Decision 0036.
 */

/** What a question and an answer both carry. */
const postAttributes = {
  subject: { type: "string", required: true, readOnly: true },
  questionId: { type: "string", required: true, readOnly: true },
  body: { type: "string", required: true },
  authorId: { type: "string", required: true, readOnly: true },
  /** Emptied when the author deletes their account (forget-person.ts). */
  authorName: { type: "string", required: true },
  /** The author's mark when they wrote it: the item's city, or the course's trainer. */
  authorRole: { type: AUTHOR_ROLES, readOnly: true },
  state: { type: POST_STATES, required: true },
  hiddenReason: { type: "string" },
  editedAt: { type: "string" },
  ...timestamps,
} as const;

export const DiscussionQuestionEntity = defineEntity({
  model: { entity: "discussionQuestion", version: "1", service: SERVICE_NAME },
  attributes: {
    ...postAttributes,
    title: { type: "string", required: true },
    acceptedAnswerId: { type: "string" },
  },
  indexes: {
    bySubject: {
      pk: { field: "pk", composite: ["subject"] },
      sk: { field: "sk", composite: ["questionId"] },
    },
  },
});
export type QuestionItem = EntityItem<typeof DiscussionQuestionEntity>;

export const DiscussionAnswerEntity = defineEntity({
  model: { entity: "discussionAnswer", version: "1", service: SERVICE_NAME },
  attributes: {
    ...postAttributes,
    answerId: { type: "string", required: true, readOnly: true },
    /** Who asked the question, so the answer's event names them without a read. */
    questionAuthorId: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    bySubject: {
      pk: { field: "pk", composite: ["subject"] },
      sk: { field: "sk", composite: ["questionId", "answerId"] },
    },
  },
});
export type AnswerItem = EntityItem<typeof DiscussionAnswerEntity>;

/** A discussion's counts, readable by anyone: ADD in the transaction that posts. */
export const DiscussionCountEntity = defineEntity({
  model: { entity: "discussionCount", version: "1", service: SERVICE_NAME },
  attributes: {
    subject: { type: "string", required: true, readOnly: true },
    questionCount: { type: "number" },
    answerCount: { type: "number" },
  },
  indexes: {
    bySubject: {
      pk: { field: "pk", composite: ["subject"] },
      sk: { field: "sk", composite: [] },
    },
  },
});

/** One member's report of one post: its conditional create makes a second one 409. */
export const DiscussionReportEntity = defineEntity({
  model: { entity: "discussionReport", version: "1", service: SERVICE_NAME },
  attributes: {
    subject: { type: "string", required: true, readOnly: true },
    postId: { type: "string", required: true, readOnly: true },
    reporterId: { type: "string", required: true, readOnly: true },
    reporterName: { type: "string", required: true },
    reason: { type: "string", required: true, readOnly: true },
    at: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    byPost: {
      pk: { field: "pk", composite: ["subject", "postId"] },
      sk: { field: "sk", composite: ["reporterId"] },
    },
  },
});

/**
 * A post with reports no administrator has decided on yet: the queue, every
 * one in one gsi2 partition, oldest report first. Deleted by the decision.
 */
export const DiscussionFlagEntity = defineEntity({
  model: { entity: "discussionFlag", version: "1", service: SERVICE_NAME },
  attributes: {
    subject: { type: "string", required: true, readOnly: true },
    postId: { type: "string", required: true, readOnly: true },
    questionId: { type: "string", required: true, readOnly: true },
    firstReportedAt: { type: "string", required: true, readOnly: true },
    reportCount: { type: "number", required: true },
  },
  indexes: {
    byPost: {
      pk: { field: "pk", composite: ["subject", "postId"] },
      sk: { field: "sk", composite: [] },
    },
    queue: {
      index: "gsi2",
      pk: { field: "gsi2pk", composite: [] },
      sk: { field: "gsi2sk", composite: ["firstReportedAt", "postId"] },
    },
  },
});
export type FlagItem = EntityItem<typeof DiscussionFlagEntity>;

/**
 * One step in a discussion, written in the step's transaction and never
 * changed: the stream's inserts of this entity are discussions' domain events,
 * carrying what a consumer (notifications) needs without a read (decision 0036).
 * gsi1: a person's steps by date, which the hourly limit on posts counts.
 */
export const DiscussionEventEntity = defineEntity({
  model: { entity: "discussionEvent", version: "1", service: SERVICE_NAME },
  attributes: {
    subject: { type: "string", required: true, readOnly: true },
    at: { type: "string", required: true, readOnly: true },
    eventId: { type: "string", required: true, readOnly: true },
    action: { type: DISCUSSION_ACTIONS, required: true, readOnly: true },
    questionId: { type: "string", required: true, readOnly: true },
    /** The post the step is about (the question's id for a question). */
    postId: { type: "string", required: true, readOnly: true },
    postAuthorId: { type: "string", required: true, readOnly: true },
    questionAuthorId: { type: "string", required: true, readOnly: true },
    /** Whom the subject belongs to: the item's city, or the course's trainers. */
    subjectCityId: { type: "string", readOnly: true },
    subjectTrainerIds: { type: "list", items: { type: "string" }, readOnly: true },
    /** On `accepted`: the answer now accepted. */
    answerId: { type: "string", readOnly: true },
    by: { type: "string", required: true, readOnly: true },
    /** Emptied when that person deletes their account; the rest never changes. */
    byName: { type: "string", required: true },
    /** A report's or a moderation decision's reason. */
    reason: { type: "string", readOnly: true },
  },
  indexes: {
    bySubject: {
      pk: { field: "pk", composite: ["subject"] },
      sk: { field: "sk", composite: ["at", "eventId"] },
    },
    byPerson: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["by"] },
      sk: { field: "gsi1sk", composite: ["at", "eventId"] },
    },
  },
});
export type EventItem = EntityItem<typeof DiscussionEventEntity>;
