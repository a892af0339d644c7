import { DEMO_CITIES } from "./demo-cities.ts";
import { DEMO_COURSES, DEMO_TRAINER } from "./demo-courses.ts";
import { DEMO_ITEMS } from "./demo-items.ts";
import { DEMO_USERS, type DemoUserKey } from "./demo-users.ts";

/*
 * Discussions on two published items (Aarhus's and Rotterdam's) and one course,
 * written as the posts would have been (decision 0036), with fixed ids so that a
 * reseed writes nothing. The Rotterdam question has an answer not yet accepted:
 * sign in as its asker (demo-elected) to accept it. One of its answers names a
 * private person and was reported, so the administrators' queue has something in it.
 */

interface DemoPost {
  id: string;
  by: DemoUserKey;
  at: string;
  body: string;
  /** Members' reports of the post, not yet decided on. */
  reports?: Array<{ by: DemoUserKey; at: string; reason: string }>;
}

export interface DemoDiscussion {
  subject: string;
  /** Whom the subject belongs to, as every event of it says. */
  owners: { subjectCityId: string } | { subjectTrainerIds: string[] };
  question: DemoPost & { title: string; acceptedAnswerId?: string };
  answers: Array<DemoPost & { role?: "city" | "trainer" }>;
}

const [aarhus, rotterdam] = DEMO_CITIES;
const itemOf = (cityId: string | undefined) =>
  DEMO_ITEMS.find((item) => item.cityId === cityId && item.status === "published");
const [firstCourse] = DEMO_COURSES;

export const DEMO_DISCUSSIONS: DemoDiscussion[] = [
  {
    subject: `item:${itemOf(aarhus?.cityId)?.itemId}`,
    owners: { subjectCityId: aarhus?.cityId ?? "" },
    question: {
      id: "qst_01JD5EEDQST00000000000A1Q1",
      by: "contributorB",
      at: "2025-03-04T10:00:00.000Z",
      title: "Who answers the phone at the front door?",
      body: "We are setting up a similar line in Rotterdam. Is it staffed by social workers, the police, or both? And how do you keep calls **confidential**?",
      acceptedAnswerId: "ans_01JD5EEDANS00000000000A1A1",
    },
    answers: [
      {
        id: "ans_01JD5EEDANS00000000000A1A1",
        by: "contributorA",
        role: "city",
        at: "2025-03-05T08:30:00.000Z",
        body: "Two social workers from the municipality, with a police liaison they can call in. Callers may stay anonymous until they choose otherwise; we explain this at the start of every call.",
      },
      {
        id: "ans_01JD5EEDANS00000000000A1A2",
        by: "representative",
        at: "2025-03-06T17:00:00.000Z",
        body: "In Lyon we found that a line run by the police alone received far fewer calls from families.",
      },
    ],
  },
  {
    subject: `item:${itemOf(rotterdam?.cityId)?.itemId}`,
    owners: { subjectCityId: rotterdam?.cityId ?? "" },
    question: {
      id: "qst_01JD5EEDQST00000000000R1Q1",
      by: "representative",
      at: "2025-06-02T09:15:00.000Z",
      title: "How do you invite residents who never come to meetings?",
      body: "The dialogue evenings sound promising. Which channels brought in residents who usually stay away?",
    },
    answers: [
      {
        id: "ans_01JD5EEDANS00000000000R1A1",
        by: "contributorB",
        role: "city",
        at: "2025-06-03T11:40:00.000Z",
        body: "Door-to-door invitations by the neighbourhood's own youth workers, and evenings held in the mosque, the sports club and the school in turn.",
      },
      {
        id: "ans_01JD5EEDANS00000000000R1A2",
        by: "contributorA",
        at: "2025-06-04T16:20:00.000Z",
        body: "Ask the imam's nephew who runs the boxing club on Katendrechtse Lagedijk; he knows every family in the street and their troubles.",
        reports: [
          {
            by: "contributorB",
            at: "2025-06-05T07:45:00.000Z",
            reason: "Points to a private person and his family; please hide it.",
          },
        ],
      },
    ],
  },
  {
    subject: `course:${firstCourse?.courseId}`,
    owners: { subjectTrainerIds: [DEMO_TRAINER.userId] },
    question: {
      id: "qst_01JD5EEDQST00000000000C1Q1",
      by: "representative",
      at: "2025-04-10T14:00:00.000Z",
      title: "Does the strategy need a vote of the council?",
      body: "The course says the strategy needs a mandate. Is a decision of the mayor enough, or should the council vote on it?",
      acceptedAnswerId: "ans_01JD5EEDANS00000000000C1A1",
    },
    answers: [
      {
        id: "ans_01JD5EEDANS00000000000C1A1",
        by: "trainer",
        role: "trainer",
        at: "2025-04-11T09:00:00.000Z",
        body: "A council vote is worth the time: it gives the strategy a budget line and survives a change of mayor. Module 2 has an example resolution.",
      },
    ],
  },
];

const person = (key: DemoUserKey) => {
  const user = DEMO_USERS.find((each) => each.key === key);
  if (!user) throw new Error(`no demo user ${key}`);
  return user;
};

/** The question, its answers, the counts and the log, as posting would have written them. */
export function demoDiscussionRows(demo: DemoDiscussion) {
  const { subject, question } = demo;
  const asker = person(question.by);
  const stamps = (at: string) => ({ createdAt: at, updatedAt: at, version: 1 });
  const event = (action: "asked" | "answered" | "accepted", post: DemoPost, answerId?: string) => ({
    subject,
    at: action === "accepted" ? new Date(Date.parse(post.at) + 3_600_000).toISOString() : post.at,
    eventId: `${post.id.slice(4)}${action === "accepted" ? "A" : ""}`,
    action,
    questionId: question.id,
    postId: post.id,
    postAuthorId: person(post.by).userId,
    questionAuthorId: asker.userId,
    ...demo.owners,
    ...(answerId && { answerId }),
    by: person(action === "accepted" ? question.by : post.by).userId,
    byName: person(action === "accepted" ? question.by : post.by).displayName,
  });
  const accepted = demo.answers.find((answer) => answer.id === question.acceptedAnswerId);
  const reported = [question, ...demo.answers].flatMap((post) =>
    (post.reports ?? []).map((report, index) => ({ post, report, index })),
  );
  return {
    question: {
      subject,
      questionId: question.id,
      title: question.title,
      body: question.body,
      authorId: asker.userId,
      authorName: asker.displayName,
      state: "visible" as const,
      ...(question.acceptedAnswerId && { acceptedAnswerId: question.acceptedAnswerId }),
      ...stamps(question.at),
    },
    answers: demo.answers.map((answer) => ({
      subject,
      questionId: question.id,
      answerId: answer.id,
      questionAuthorId: asker.userId,
      body: answer.body,
      authorId: person(answer.by).userId,
      authorName: person(answer.by).displayName,
      ...(answer.role && { authorRole: answer.role }),
      state: "visible" as const,
      ...stamps(answer.at),
    })),
    count: { subject, questionCount: 1, answerCount: demo.answers.length },
    events: [
      event("asked", question),
      ...demo.answers.map((answer) => event("answered", answer)),
      ...(accepted ? [event("accepted", accepted, accepted.id)] : []),
      // As reporting writes it: the post's event with the reporter and the reason.
      ...reported.map(({ post, report, index }) => ({
        ...event("answered", post),
        action: "reported" as const,
        at: report.at,
        eventId: `${post.id.slice(4)}R${index + 1}`,
        by: person(report.by).userId,
        byName: person(report.by).displayName,
        reason: report.reason,
      })),
    ],
    reports: reported.map(({ post, report }) => ({
      subject,
      postId: post.id,
      reporterId: person(report.by).userId,
      reporterName: person(report.by).displayName,
      reason: report.reason,
      at: report.at,
    })),
    flags: [...new Set(reported.map(({ post }) => post))].map((post) => ({
      subject,
      postId: post.id,
      questionId: question.id,
      firstReportedAt: (post.reports ?? [])[0]?.at ?? "",
      reportCount: post.reports?.length ?? 0,
    })),
  };
}
