import { z } from "zod";

/*
 * What a SCORM package reports about one learner (issue 13; decision 0085): the few
 * run-time (CMI) elements the platform keeps per learner and lesson, validated and
 * bounded by each standard's own limits. Browser-safe: the player sends exactly this.
 */

/** `cmi.suspend_data`: SCORM 1.2 allows 4 096 characters, SCORM 2004 (4th ed.) 64 000. */
export const SCORM_SUSPEND_DATA_LIMITS = { "1.2": 4096, "2004": 64_000 } as const;
/** `cmi.core.lesson_location` (1.2) and `cmi.location` (2004). */
export const SCORM_LOCATION_LIMITS = { "1.2": 255, "2004": 1000 } as const;

/** SCORM 1.2 CMITimespan: `HHHH:MM:SS.SS`, hours of two to four digits. */
const cmiTimespan = z
  .string()
  .regex(/^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/, "Expected a time span such as 0001:30:05.5")
  .meta({ example: "0001:30:05.5" });

/** SCORM 2004 timeinterval: an ISO 8601 duration with at least one part, such as PT1H30M5.5S. */
const isoDuration = z
  .string()
  .max(64)
  .regex(
    /^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/,
    "Expected an ISO 8601 duration such as PT1H30M5S",
  )
  .meta({ example: "PT1H30M5S" });

const score = (min: number, max: number) => z.number().min(min).max(max).nullable();

export const scorm12RuntimeSchema = z.strictObject({
  standard: z.literal("1.2"),
  /** `cmi.core.lesson_status`. */
  lessonStatus: z.enum(["passed", "completed", "failed", "incomplete", "browsed", "not attempted"]),
  /** `cmi.core.score.raw`, 0 to 100, or none reported. */
  scoreRaw: score(0, 100),
  location: z.string().max(SCORM_LOCATION_LIMITS["1.2"]),
  suspendData: z.string().max(SCORM_SUSPEND_DATA_LIMITS["1.2"]),
  /** `cmi.core.session_time` of the session that ends. */
  sessionTime: cmiTimespan,
});

export const scorm2004RuntimeSchema = z.strictObject({
  standard: z.literal("2004"),
  completionStatus: z.enum(["completed", "incomplete", "not attempted", "unknown"]),
  successStatus: z.enum(["passed", "failed", "unknown"]),
  /** `cmi.score.scaled`, -1 to 1, or none reported. */
  scoreScaled: score(-1, 1),
  location: z.string().max(SCORM_LOCATION_LIMITS["2004"]),
  suspendData: z.string().max(SCORM_SUSPEND_DATA_LIMITS["2004"]),
  sessionTime: isoDuration,
});

export const scormRuntimeSchema = z
  .discriminatedUnion("standard", [scorm12RuntimeSchema, scorm2004RuntimeSchema])
  .meta({ id: "ScormRuntimeData" });
export type ScormRuntimeData = z.infer<typeof scormRuntimeSchema>;

/**
 * Whether what the package reported makes the lesson done, as a quiz passed or a text
 * read does: completed or passed. A 1.2 package's mastery score, when its manifest has
 * one, passes a raw score at or above it even if the package reported only `completed`
 * or `incomplete` (SCORM 1.2 RTE 3.4.2.1.2 lets the LMS decide so).
 */
export function isScormLessonDone(data: ScormRuntimeData, masteryScore?: number): boolean {
  if (data.standard === "2004") {
    return data.completionStatus === "completed" || data.successStatus === "passed";
  }
  if (data.lessonStatus === "passed" || data.lessonStatus === "completed") return true;
  return masteryScore !== undefined && data.scoreRaw !== null && data.scoreRaw >= masteryScore;
}

/**
 * The learner's run-time record of one SCORM lesson (`GET`/`PUT
 * /me/courses/{courseId}/lessons/{lessonId}/scorm`): what the player resumes from.
 * `data` is null before the first save (or when the lesson now holds another package);
 * `version` is its ETag, 0 before the first save.
 */
export const scormRuntimeRecordSchema = z
  .object({
    packageId: z.string(),
    /** The package's standard and its launch page under `/scorm/<courseId>/<packageId>/` (decision 0086). */
    standard: z.enum(["1.2", "2004"]),
    launchPath: z.string(),
    // The union again, not the named schema: `.nullable()` on it would make the request body nullable too.
    data: z
      .discriminatedUnion("standard", [scorm12RuntimeSchema, scorm2004RuntimeSchema])
      .nullable(),
    /** Whether the lesson is done: once done it stays done, whatever is saved later. */
    lessonDone: z.boolean(),
    savedAt: z.iso.datetime().nullable(),
    version: z.number().int(),
  })
  .meta({ id: "ScormRuntimeRecord" });
export type ScormRuntimeRecord = z.infer<typeof scormRuntimeRecordSchema>;
