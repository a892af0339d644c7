import { describe, expect, it } from "vitest";
import type { PublishedCourse } from "../../academy/index.ts";
import type { TableChange } from "../../stream/index.ts";
import { statementProblems } from "./lrs.ts";
import { type LearningFact, statementsOf } from "./statements.ts";
import { factsOf } from "./xapi-consumer.ts";

const SITE = "https://academy.example.eu";
const course = {
  courseId: "crs_01JD5EEDC0URSE0000000000AA",
  title: "Prévenir la radicalisation",
  language: "fr",
  versionNumber: 2,
  modules: [
    {
      moduleId: "mod_1",
      title: "Bases",
      lessons: [
        { lessonId: "les_text", title: "Lire", required: true, content: { kind: "text" } },
        { lessonId: "les_quiz", title: "Quiz", required: true, content: { kind: "quiz" } },
      ],
    },
  ],
} as unknown as PublishedCourse;
const who = { siteUrl: SITE, userId: "usr_01JD5EEDLEARNER0000000000A", course };
const base = { subject: "sub-1", courseId: course.courseId };
const FACTS: LearningFact[] = [
  { kind: "enrolled", ...base, at: "2026-12-01T10:00:00.000Z" },
  { kind: "completed-lesson", ...base, lessonId: "les_text", at: "2026-12-01T10:05:00.000Z" },
  {
    kind: "launched-lesson",
    ...base,
    lessonId: "les_text",
    packageId: "att_01JD5EEDPACKAGE000000000AA",
    at: "2026-12-01T10:06:00.000Z",
  },
  {
    kind: "answered-quiz",
    ...base,
    lessonId: "les_quiz",
    attempt: 2,
    score: 80,
    passed: true,
    at: "2026-12-01T10:09:00.000Z",
  },
  { kind: "completed-course", ...base, version: 2, at: "2026-12-01T10:09:00.000Z" },
  {
    kind: "earned-credential",
    ...base,
    code: "ALC-7K3M-9QX2-PT4D",
    version: 2,
    at: "2026-12-01T10:09:00.000Z",
  },
];

describe("xAPI statements of learning facts", () => {
  it.each(FACTS)("are valid xAPI for $kind, the learner an account of the site", (fact) => {
    const statements = statementsOf(fact, who);
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      expect(statementProblems(statement)).toEqual([]);
      expect(statement.actor).toEqual({
        objectType: "Agent",
        account: { homePage: SITE, name: who.userId },
      });
      expect(JSON.stringify(statement)).not.toMatch(/mbox|@/);
      expect(statement.context?.language).toBe("fr");
      expect(statement.timestamp).toBe(fact.at);
    }
  });

  it("gives each fact the same ids every time, and different facts different ids", () => {
    const ids = FACTS.flatMap((fact) => statementsOf(fact, who).map((s) => s.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(FACTS.flatMap((fact) => statementsOf(fact, who).map((s) => s.id))).toEqual(ids);
    // Another attempt at the same quiz is another fact.
    const again = { ...(FACTS[3] as LearningFact), attempt: 3 } as LearningFact;
    expect(statementsOf(again, who)[0]?.id).not.toBe(ids[3]);
  });

  it("says a quiz's score and success, and a course completed and passed", () => {
    const [answered] = statementsOf(FACTS[3] as LearningFact, who);
    expect(answered?.verb.id).toBe("http://adlnet.gov/expapi/verbs/answered");
    expect(answered?.result).toEqual({
      score: { scaled: 0.8, raw: 80, min: 0, max: 100 },
      success: true,
      completion: true,
    });
    expect(answered?.object).toMatchObject({
      id: `${SITE}/courses/${course.courseId}/lessons/les_quiz`,
    });
    expect(answered?.context?.contextActivities?.parent?.[0]?.id).toBe(
      `${SITE}/courses/${course.courseId}`,
    );
    const verbs = statementsOf(FACTS[4] as LearningFact, who).map((s) => s.verb.id);
    expect(verbs).toEqual([
      "http://adlnet.gov/expapi/verbs/completed",
      "http://adlnet.gov/expapi/verbs/passed",
    ]);
  });
});

const change = (over: Partial<TableChange>): TableChange => ({
  eventId: "e1",
  kind: "modify",
  entity: "enrolment",
  keys: {},
  at: "2026-12-01T10:00:00.000Z",
  sequenceNumber: "1",
  ...over,
});

describe("learning facts of the table's changes", () => {
  const enrolment = {
    subject: "sub-1",
    courseId: "crs_1",
    status: "active",
    enrolledAt: "2026-12-01T10:00:00.000Z",
    lastActiveAt: "2026-12-01T10:00:00.000Z",
    done: [],
  };

  it("reads what an enrolment holds: when it began, each lesson done, its completion", () => {
    expect(factsOf(change({ kind: "insert", newImage: enrolment }))).toEqual([
      { kind: "enrolled", subject: "sub-1", courseId: "crs_1", at: enrolment.enrolledAt },
    ]);
    const later = {
      ...enrolment,
      lastActiveAt: "2026-12-02T09:00:00.000Z",
      done: ["a", "b"],
      status: "completed",
      completedAt: "2026-12-02T09:00:00.000Z",
      completedVersion: 1,
    };
    // The whole state, not only what this change added: a lost change loses no fact.
    expect(
      factsOf(change({ oldImage: { ...enrolment, done: ["a"] }, newImage: later })).map(
        (fact) => `${fact.kind}${"lessonId" in fact ? `:${fact.lessonId}` : ""}`,
      ),
    ).toEqual(["enrolled", "completed-lesson:a", "completed-lesson:b", "completed-course"]);
  });

  it("reads enrolling again after leaving, quiz attempts and certificates, and nothing else", () => {
    const left = { ...enrolment, status: "left" };
    const back = { ...enrolment, lastActiveAt: "2026-12-05T08:00:00.000Z" };
    expect(factsOf(change({ oldImage: left, newImage: back }))).toEqual([
      { kind: "enrolled", subject: "sub-1", courseId: "crs_1", at: enrolment.enrolledAt },
      { kind: "enrolled", subject: "sub-1", courseId: "crs_1", at: back.lastActiveAt },
    ]);
    const attempt = {
      subject: "s",
      courseId: "c",
      lessonId: "l",
      attempt: 1,
      score: 50,
      passed: false,
      at: "2026-12-01T10:00:00.000Z",
    };
    expect(factsOf(change({ kind: "insert", entity: "quizAttempt", newImage: attempt }))).toEqual([
      { kind: "answered-quiz", ...attempt },
    ]);
    const certificate = {
      code: "ALC-1",
      subject: "s",
      courseId: "c",
      versionNumber: 3,
      issuedAt: "2026-12-01T10:00:00.000Z",
    };
    expect(
      factsOf(change({ kind: "insert", entity: "certificate", newImage: certificate })),
    ).toEqual([
      {
        kind: "earned-credential",
        subject: "s",
        courseId: "c",
        code: "ALC-1",
        version: 3,
        at: certificate.issuedAt,
      },
    ]);
    expect(factsOf(change({ kind: "remove", oldImage: enrolment }))).toEqual([]);
    expect(
      factsOf(change({ kind: "insert", entity: "certificate", newImage: { code: 1 } })),
    ).toEqual([]);
  });

  it("reads a SCORM package launched once per learner, lesson and package", () => {
    const record = {
      subject: "s",
      courseId: "c",
      lessonId: "l",
      packageId: "att_1",
      savedAt: "2026-12-01T10:00:00.000Z",
    };
    const { savedAt, ...rest } = record;
    const launched = { kind: "launched-lesson", ...rest, at: savedAt };
    expect(factsOf(change({ kind: "insert", entity: "scormRuntime", newImage: record }))).toEqual([
      launched,
    ]);
    // Saving again is the same launch; a new package in the lesson is a new one.
    const later = { ...record, savedAt: "2026-12-01T10:20:00.000Z" };
    expect(factsOf(change({ entity: "scormRuntime", oldImage: record, newImage: later }))).toEqual(
      [],
    );
    const replaced = { ...later, packageId: "att_2" };
    expect(
      factsOf(change({ entity: "scormRuntime", oldImage: record, newImage: replaced })),
    ).toEqual([{ ...launched, packageId: "att_2", at: later.savedAt }]);
    const [statement] = statementsOf(launched as LearningFact, {
      ...who,
      course: { ...course, courseId: "c" },
    });
    expect(statement?.verb.id).toBe("http://adlnet.gov/expapi/verbs/launched");
    expect(statement?.object).toMatchObject({ id: `${SITE}/courses/c/lessons/l` });
  });
});
