import { z } from "zod";
import { learnerLessonSchema } from "../academy/schemas.ts";
import { idPattern } from "../schema/ids.ts";
import { LESSON_KINDS } from "../taxonomy/academy.ts";

import { certificateCodeSchema, MAX_CREDENTIAL_BYTES } from "./certificate-schemas.ts";

export {
  certificateCodeSchema,
  certificatePathSchema,
  MAX_CREDENTIAL_BYTES,
} from "./certificate-schemas.ts";

export const learningLessonPathSchema = z.object({
  courseId: z.string().regex(idPattern("crs"), "Expected a course id"),
  lessonId: z.string().regex(idPattern("les"), "Expected a lesson id"),
});

/** For each question in order, the indexes of the options the learner chose. */
export const quizAnswersSchema = z
  .strictObject({
    answers: z
      .array(z.array(z.number().int().min(0).max(9)).max(10))
      .min(1)
      .max(50),
  })
  .meta({ id: "QuizAnswers" });
export type QuizAnswers = z.infer<typeof quizAnswersSchema>;

const lessonProgressSchema = z.object({
  lessonId: z.string(),
  title: z.string(),
  kind: z.enum(LESSON_KINDS),
  optional: z.boolean(),
  done: z.boolean(),
  /** Added to the course after the learner last worked on it. */
  isNew: z.boolean(),
});

export const progressSummarySchema = z
  .object({
    courseId: z.string(),
    title: z.string(),
    language: z.string(),
    versionNumber: z.number().int(),
    status: z.enum(["active", "completed"]),
    enrolledAt: z.iso.datetime(),
    lastActiveAt: z.iso.datetime(),
    /** Required lessons done, of the current version's required lessons. */
    requiredDone: z.number().int(),
    requiredTotal: z.number().int(),
    percent: z.number().int().min(0).max(100),
    /** Where to resume: the first required lesson not done (else the first not done). */
    nextLessonId: z.string().nullable(),
    newLessons: z.number().int(),
    completedAt: z.iso.datetime().nullable(),
    certificateCode: z.string().nullable(),
  })
  .meta({ id: "CourseProgressSummary" });
export type ProgressSummary = z.infer<typeof progressSummarySchema>;

export const courseProgressSchema = progressSummarySchema
  .extend({
    modules: z.array(
      z.object({ moduleId: z.string(), title: z.string(), lessons: z.array(lessonProgressSchema) }),
    ),
  })
  .meta({ id: "CourseProgress" });
export type CourseProgress = z.infer<typeof courseProgressSchema>;

export const myLearningSchema = z
  .object({
    inProgress: z.array(progressSummarySchema),
    completed: z.array(progressSummarySchema),
  })
  .meta({ id: "MyLearning" });
export type MyLearning = z.infer<typeof myLearningSchema>;

const questionResultSchema = z.object({
  correct: z.boolean(),
  /** The trainer's feedback on each option the learner chose. */
  feedback: z.array(z.object({ option: z.number().int(), text: z.string() })),
});

export const quizStateSchema = z.object({
  attempts: z.number().int(),
  /** null: unlimited. */
  attemptsLeft: z.number().int().nullable(),
  passed: z.boolean(),
  lastScore: z.number().int().nullable(),
  lastResult: z.array(questionResultSchema).nullable(),
});
export type QuizState = z.infer<typeof quizStateSchema>;

export const lessonPageSchema = z
  .object({
    courseId: z.string(),
    courseTitle: z.string(),
    versionNumber: z.number().int(),
    lesson: learnerLessonSchema,
    moduleTitle: z.string(),
    previousLessonId: z.string().nullable(),
    nextLessonId: z.string().nullable(),
    quiz: quizStateSchema.nullable(),
    progress: courseProgressSchema,
  })
  .meta({ id: "LessonPage" });
export type LessonPage = z.infer<typeof lessonPageSchema>;

export const attemptResultSchema = z
  .object({
    attempt: z.number().int(),
    score: z.number().int(),
    passMark: z.number().int(),
    passed: z.boolean(),
    questions: z.array(questionResultSchema),
    quiz: quizStateSchema,
    progress: progressSummarySchema,
  })
  .meta({ id: "AttemptResult" });
export type AttemptResult = z.infer<typeof attemptResultSchema>;

export const certificateVerificationSchema = z
  .object({
    code: z.string(),
    status: z.enum(["valid", "revoked"]),
    /** null once the holder deleted their account. */
    holderName: z.string().nullable(),
    courseTitle: z.string(),
    versionNumber: z.number().int(),
    issuedAt: z.iso.datetime(),
    revokedAt: z.iso.datetime().nullable(),
    revokedReason: z.enum(["holder-request", "withdrawn"]).nullable(),
  })
  .meta({ id: "CertificateVerification" });
export type CertificateVerification = z.infer<typeof certificateVerificationSchema>;

/** An Open Badges 3.0 credential (OpenBadgeCredential), as JSON-LD: see the README. */
export const openBadgeCredentialSchema = z
  .record(z.string(), z.unknown())
  .meta({ id: "OpenBadgeCredential", description: "A W3C Verifiable Credential (JSON-LD)" });

/** Status lists are numbered from 1. */
export const badgeStatusListPathSchema = z.object({
  list: z.coerce
    .number()
    .int("Expected a whole number")
    .min(1, "Status lists are numbered from 1")
    .max(999_999, "No status list has this number"),
});

/** Check a pasted or uploaded credential, or the credential of a certificate code. */
export const badgeVerificationRequestSchema = z
  .strictObject({
    credential: openBadgeCredentialSchema
      .refine((value) => JSON.stringify(value).length <= MAX_CREDENTIAL_BYTES, {
        message: `A credential is at most ${MAX_CREDENTIAL_BYTES / 1024} KiB of JSON`,
      })
      .optional(),
    code: certificateCodeSchema.optional(),
  })
  .superRefine((value, ctx) => {
    if ((value.credential === undefined) === (value.code === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: ["credential"],
        message: "Send either a credential or a certificate code, not both or neither",
      });
    }
  })
  .meta({ id: "BadgeVerificationRequest" });
export type BadgeVerificationRequest = z.infer<typeof badgeVerificationRequestSchema>;

export const badgeVerificationSchema = z
  .object({
    /** Signature, issuer and status all hold and it is not revoked. */
    verified: z.boolean(),
    signature: z.boolean(),
    issuer: z.boolean(),
    /** null when the status could not be read. */
    revoked: z.boolean().nullable(),
    certificateCode: z.string().nullable(),
    problems: z.array(z.string()),
  })
  .meta({ id: "BadgeVerification" });
export type BadgeVerificationResult = z.infer<typeof badgeVerificationSchema>;
