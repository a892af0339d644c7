import { z } from "zod";
import { attachmentIdSchema } from "../exchange/attachment-schemas.ts";
import { idPattern } from "../schema/ids.ts";
import { VIDEO_HOSTS } from "../taxonomy/academy.ts";

const eventIdSchema = z
  .string()
  .regex(idPattern("evt"), "Expected an event id such as evt_01J9ZC3V6D8R1F3W5S9K2M4N7P");
const itemIdSchema = z
  .string()
  .regex(idPattern("xch"), "Expected an exchange item id such as xch_01J9ZC3V6D8R1F3W5S9K2M4N7P");

/** The address's host, or null when it is no address at all. */
function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/*
 * Zod runs a string's refinements even after its URL check failed, so the host
 * check must not throw on a malformed address (a throw here was a 500). Such an
 * address is left to the URL check's own message.
 */
const videoUrl = z
  .url({ protocol: /^https$/, error: "Expected an https address" })
  .max(2000)
  .refine(
    (url) => {
      const host = hostOf(url);
      return host === null || (VIDEO_HOSTS as readonly string[]).includes(host);
    },
    { message: `Videos come from ${VIDEO_HOSTS.join(", ")}` },
  );

const optionSchema = z.strictObject({
  text: z.string().trim().min(1).max(500),
  correct: z.boolean(),
  /** Shown to the learner after they answer, for this option. */
  feedback: z.string().trim().max(1000).default(""),
});

const questionSchema = z
  .strictObject({
    prompt: z.string().trim().min(1).max(1000),
    choice: z.enum(["single", "multiple"]),
    options: z.array(optionSchema).min(2).max(10),
  })
  .refine((q) => q.options.some((option) => option.correct), {
    message: "Mark at least one option correct",
    path: ["options"],
  })
  .refine((q) => q.choice === "multiple" || q.options.filter((o) => o.correct).length === 1, {
    message: "A single-choice question has exactly one correct option",
    path: ["options"],
  });

/** What each kind of lesson holds. Quiz answers and feedback are for authors only. */
export const lessonContentSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("text"), body: z.string().max(50_000) }),
  z.strictObject({
    kind: z.literal("video"),
    url: videoUrl,
    transcript: z.string().trim().min(1, "A transcript is required").max(50_000),
  }),
  z.strictObject({
    kind: z.literal("document"),
    fileName: z.string().trim().max(200).default(""),
    attachmentId: z.string().max(40).nullable().default(null),
  }),
  z.strictObject({
    kind: z.literal("quiz"),
    questions: z.array(questionSchema).min(1).max(50),
    passMark: z.number().int().min(0).max(100),
    /** Attempts a learner may make; null for unlimited. */
    attemptLimit: z.number().int().min(1).max(100).nullable(),
  }),
  /** An event of the platform (decision 0072): done when its organiser marks the learner attended. */
  z.strictObject({ kind: z.literal("workshop"), eventId: eventIdSchema }),
  /** A SCORM package of the course, checked and `ready` (decision 0084): done when it reports so. */
  z.strictObject({ kind: z.literal("scorm"), packageId: attachmentIdSchema }),
]);
export type LessonContent = z.infer<typeof lessonContentSchema>;

const lessonShared = {
  title: z.string().trim().min(1, "At least 1 character").max(160, "At most 160 characters"),
  optional: z.boolean().default(false),
  citations: z.array(itemIdSchema).max(20).default([]),
};

export const lessonCreateSchema = z
  .strictObject({ ...lessonShared, content: lessonContentSchema })
  .meta({ id: "LessonCreate" });
export type LessonCreate = z.infer<typeof lessonCreateSchema>;

export const lessonPatchSchema = z
  .strictObject({
    title: lessonShared.title.optional(),
    optional: z.boolean().optional(),
    citations: z.array(itemIdSchema).max(20).optional(),
    content: lessonContentSchema.optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, { message: "Change at least one field" })
  .meta({ id: "LessonPatch" });
export type LessonPatch = z.infer<typeof lessonPatchSchema>;

export const lessonSchema = z
  .object({ lessonId: z.string(), ...lessonShared, content: lessonContentSchema })
  .meta({ id: "Lesson" });
export type Lesson = z.infer<typeof lessonSchema>;

/** A lesson as a learner receives it: no correct flags, no feedback before answering. */
export const learnerLessonSchema = z
  .object({
    lessonId: z.string(),
    title: z.string(),
    optional: z.boolean(),
    citations: z.array(z.string()),
    content: z.union([
      z.object({ kind: z.literal("text"), body: z.string() }),
      z.object({ kind: z.literal("video"), url: z.string(), transcript: z.string() }),
      z.object({
        kind: z.literal("document"),
        fileName: z.string(),
        attachmentId: z.string().nullable(),
      }),
      z.object({
        kind: z.literal("quiz"),
        questions: z.array(
          z.object({
            prompt: z.string(),
            choice: z.enum(["single", "multiple"]),
            options: z.array(z.object({ text: z.string() })),
          }),
        ),
        passMark: z.number().int(),
        attemptLimit: z.number().int().nullable(),
      }),
      z.object({ kind: z.literal("workshop"), eventId: z.string() }),
      z.object({ kind: z.literal("scorm"), packageId: z.string() }),
    ]),
  })
  .meta({ id: "LearnerLesson" });
export type LearnerLesson = z.infer<typeof learnerLessonSchema>;
