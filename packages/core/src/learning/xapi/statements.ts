import type { Activity, Statement } from "@xapi/xapi";
import { v5 as uuidv5 } from "uuid";
import type { PublishedCourse } from "../../academy/index.ts";
import { lessonsOf } from "../progress.ts";

/**
 * The namespace of every statement id and registration this platform derives (UUID v5):
 * an id is a function of its fact, so a fact sent twice is one statement (decision 0088).
 */
export const STATEMENT_NAMESPACE = "6f1c1f0e-3b0a-5d43-9a57-2f4f6a0c8e11";

/** A fact of learning, as the table's changes tell it. */
export type LearningFact =
  | { kind: "enrolled"; subject: string; courseId: string; at: string }
  | { kind: "completed-lesson"; subject: string; courseId: string; lessonId: string; at: string }
  | {
      /** A SCORM package first reporting to the platform (its first save) for a learner. */
      kind: "launched-lesson";
      subject: string;
      courseId: string;
      lessonId: string;
      packageId: string;
      at: string;
    }
  | {
      kind: "answered-quiz";
      subject: string;
      courseId: string;
      lessonId: string;
      attempt: number;
      score: number;
      passed: boolean;
      at: string;
    }
  | { kind: "completed-course"; subject: string; courseId: string; version: number; at: string }
  | {
      kind: "earned-credential";
      subject: string;
      courseId: string;
      code: string;
      version: number;
      at: string;
    };

/** What a statement needs beyond its fact: who (as an account, never an e-mail) and the course. */
export interface StatementSubjects {
  /** The platform's public address: the account's home page and the activities' base. */
  siteUrl: string;
  /** The learner's platform id (usr_…): the account's name. */
  userId: string;
  /** The course as published when the fact was sent (title, language, lessons). */
  course: PublishedCourse;
}

/** The verbs used, from the ADL vocabulary and the xAPI registry. */
export const VERBS = {
  registered: { id: "http://adlnet.gov/expapi/verbs/registered", display: { en: "registered" } },
  launched: { id: "http://adlnet.gov/expapi/verbs/launched", display: { en: "launched" } },
  completed: { id: "http://adlnet.gov/expapi/verbs/completed", display: { en: "completed" } },
  answered: { id: "http://adlnet.gov/expapi/verbs/answered", display: { en: "answered" } },
  passed: { id: "http://adlnet.gov/expapi/verbs/passed", display: { en: "passed" } },
  earned: { id: "http://id.tincanapi.com/verb/earned", display: { en: "earned" } },
} as const;

const TYPES = {
  course: "http://adlnet.gov/expapi/activities/course",
  lesson: "http://adlnet.gov/expapi/activities/lesson",
  assessment: "http://adlnet.gov/expapi/activities/assessment",
  badge: "http://id.tincanapi.com/activitytype/badge",
};

/** The key of a fact: what makes it one fact, whatever batch or retry carries it. */
export function factKey(fact: LearningFact): string {
  switch (fact.kind) {
    case "enrolled":
      return `enrolled/${fact.subject}/${fact.courseId}/${fact.at}`;
    case "completed-lesson":
      return `completed-lesson/${fact.subject}/${fact.courseId}/${fact.lessonId}`;
    case "launched-lesson":
      return `launched-lesson/${fact.subject}/${fact.courseId}/${fact.lessonId}/${fact.packageId}`;
    case "answered-quiz":
      return `answered-quiz/${fact.subject}/${fact.courseId}/${fact.lessonId}/${fact.attempt}`;
    case "completed-course":
      return `completed-course/${fact.subject}/${fact.courseId}/${fact.version}`;
    case "earned-credential":
      return `earned-credential/${fact.code}`;
  }
}

/** A statement id derived from a fact (and which of its statements it is). */
export const statementId = (fact: LearningFact, part = "") =>
  uuidv5(`${factKey(fact)}${part && `#${part}`}`, STATEMENT_NAMESPACE);

/**
 * The statements of one fact, with stable ids and activity ids (the course's and the
 * lesson's addresses on the site), the learner as an account of the site, and the
 * course's language. Pure: the same fact always gives the same statements.
 */
export function statementsOf(fact: LearningFact, who: StatementSubjects): Statement[] {
  const { siteUrl, userId, course } = who;
  const courseUrl = `${siteUrl}/courses/${course.courseId}`;
  const language = course.language;
  const courseActivity: Activity = {
    objectType: "Activity",
    id: courseUrl,
    definition: { type: TYPES.course, name: { [language]: course.title } },
  };
  const base = (part = "") => ({
    id: statementId(fact, part),
    actor: { objectType: "Agent" as const, account: { homePage: siteUrl, name: userId } },
    timestamp: fact.at,
  });
  const context = (parent: boolean) => ({
    // One registration per enrolment: an LRS groups a course attempt by it.
    registration: uuidv5(`registration/${fact.subject}/${fact.courseId}`, STATEMENT_NAMESPACE),
    platform: "Alliance academy",
    language,
    ...(parent && { contextActivities: { parent: [courseActivity] } }),
  });
  const lesson = (lessonId: string, type: string): Activity => {
    const found = lessonsOf(course).find((each) => each.lessonId === lessonId);
    return {
      objectType: "Activity",
      id: `${courseUrl}/lessons/${lessonId}`,
      definition: { type, ...(found && { name: { [language]: found.title } }) },
    };
  };

  switch (fact.kind) {
    case "enrolled":
      return [
        { ...base(), verb: VERBS.registered, object: courseActivity, context: context(false) },
      ];
    case "launched-lesson":
      return [
        {
          ...base(),
          verb: VERBS.launched,
          object: lesson(fact.lessonId, TYPES.lesson),
          context: context(true),
        },
      ];
    case "completed-lesson":
      return [
        {
          ...base(),
          verb: VERBS.completed,
          object: lesson(fact.lessonId, TYPES.lesson),
          result: { completion: true },
          context: context(true),
        },
      ];
    case "answered-quiz":
      return [
        {
          ...base(),
          verb: VERBS.answered,
          object: lesson(fact.lessonId, TYPES.assessment),
          result: {
            score: { scaled: fact.score / 100, raw: fact.score, min: 0, max: 100 },
            success: fact.passed,
            completion: true,
          },
          context: context(true),
        },
      ];
    case "completed-course":
      return [
        {
          ...base("completed"),
          verb: VERBS.completed,
          object: courseActivity,
          result: { completion: true },
          context: context(false),
        },
        {
          ...base("passed"),
          verb: VERBS.passed,
          object: courseActivity,
          result: { completion: true, success: true },
          context: context(false),
        },
      ];
    case "earned-credential":
      return [
        {
          ...base(),
          verb: VERBS.earned,
          object: {
            objectType: "Activity",
            id: `${courseUrl}/versions/${fact.version}`,
            definition: {
              type: TYPES.badge,
              name: { [language]: course.title },
              moreInfo: `${siteUrl}/verify/${fact.code}`,
            },
          },
          context: context(true),
        },
      ];
  }
}
