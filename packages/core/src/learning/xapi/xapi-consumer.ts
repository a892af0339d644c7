import type { DataService } from "../../data/service.ts";
import type { ChangeConsumer, TableChange } from "../../stream/index.ts";
import type { XapiOutbox } from "./outbox.ts";
import { type LearningFact, statementsOf } from "./statements.ts";

const text = (value: unknown): string | null => (typeof value === "string" ? value : null);
const number = (value: unknown): number | null => (typeof value === "number" ? value : null);
const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((each) => typeof each === "string") : [];

/**
 * The learning facts one change of the table states: an enrolment made (or made again
 * after leaving), a SCORM package launched (its first save for the learner: the platform
 * sees no launch that saves nothing), the lessons done, the course completed, a quiz
 * attempt scored, a certificate issued. Pure; an unreadable image states nothing.
 */
export function factsOf(change: TableChange): LearningFact[] {
  const next = change.newImage;
  if (!next || change.kind === "remove") return [];
  const subject = text(next.subject);
  const courseId = text(next.courseId);
  if (!subject || !courseId) return [];

  if (change.entity === "quizAttempt" && change.kind === "insert") {
    const lessonId = text(next.lessonId);
    const attempt = number(next.attempt);
    const score = number(next.score);
    const at = text(next.at);
    if (!lessonId || attempt === null || score === null || !at) return [];
    return [
      {
        kind: "answered-quiz",
        subject,
        courseId,
        lessonId,
        attempt,
        score,
        passed: next.passed === true,
        at,
      },
    ];
  }

  if (change.entity === "scormRuntime") {
    const lessonId = text(next.lessonId);
    const packageId = text(next.packageId);
    const at = text(next.savedAt);
    if (!lessonId || !packageId || !at) return [];
    // Once per learner, lesson and package: a lesson given another package is launched anew.
    if (change.kind === "modify" && change.oldImage?.packageId === packageId) return [];
    return [{ kind: "launched-lesson", subject, courseId, lessonId, packageId, at }];
  }

  if (change.entity === "certificate" && change.kind === "insert") {
    const code = text(next.code);
    const version = number(next.versionNumber);
    const at = text(next.issuedAt);
    if (!code || version === null || !at) return [];
    return [{ kind: "earned-credential", subject, courseId, code, version, at }];
  }

  if (change.entity !== "enrolment") return [];
  // What the enrolment holds now, not only what this change added: a change record that
  // never came (a batch given up, an emulator that merged two) loses no fact, and a fact
  // stated again has the same statement id (decision 0088).
  const before = change.kind === "modify" ? change.oldImage : undefined;
  const activeAt = text(next.lastActiveAt) ?? change.at;
  const facts: LearningFact[] = [];
  const enrolledAt = text(next.enrolledAt);
  if (enrolledAt) facts.push({ kind: "enrolled", subject, courseId, at: enrolledAt });
  if (before?.status === "left" && next.status === "active") {
    facts.push({ kind: "enrolled", subject, courseId, at: activeAt });
  }
  for (const lessonId of list(next.done)) {
    facts.push({ kind: "completed-lesson", subject, courseId, lessonId, at: activeAt });
  }
  const completedAt = text(next.completedAt);
  const version = number(next.completedVersion);
  if (completedAt && version !== null) {
    facts.push({ kind: "completed-course", subject, courseId, version, at: completedAt });
  }
  return facts;
}

const ENTITIES = new Set(["enrolment", "quizAttempt", "certificate", "scormRuntime"]);

/**
 * `xapi` (decision 0088): each learning fact becomes xAPI statements, queued in the
 * outbox once (their ids are derived from the facts, and the outbox remembers what it
 * sent) and sent at once; what
 * the LRS does not take waits for the `xapi-retry` schedule. A fact of a deleted
 * account, or of a course no longer listed, is not sent.
 */
export function xapiConsumer(
  data: DataService,
  outbox: XapiOutbox,
  siteUrl: string,
): ChangeConsumer {
  return {
    name: "xapi",
    wants: (change) => change.entity !== null && ENTITIES.has(change.entity),
    async handle(change) {
      const facts = factsOf(change);
      if (facts.length === 0) return;
      const { subject, courseId } = facts[0] as LearningFact;
      const [user, listing] = await Promise.all([
        data.entities.user.get({ subject }).go({ attributes: ["userId"] }),
        data.entities.courseListing.get({ courseId }).go(),
      ]);
      const userId = user.data?.userId;
      const course = listing.data?.view;
      if (!userId || !course) return;
      const statements = facts.flatMap((fact) => statementsOf(fact, { siteUrl, userId, course }));
      const added = await outbox.enqueue(userId, statements);
      await outbox.deliver(added);
    },
  };
}
