import { z } from "zod";
import { PAGE_SIZE } from "../data/page-size.ts";
import { attachmentSchema } from "../exchange/schemas.ts";
import { idPattern } from "../schema/ids.ts";
import { uniqueList } from "../schema/unique-list.ts";
import { COURSE_LEVELS, COURSE_STATUSES } from "../taxonomy/academy.ts";
import { THEMES } from "../taxonomy/exchange.ts";
import { CONTENT_LANGUAGES } from "../taxonomy/locales.ts";
import { facetParam } from "../validation/list-param.ts";
import { learnerLessonSchema, lessonSchema } from "./lesson-schemas.ts";

/** The learner's view of a lesson: the server's and the trainer's preview in the browser alike. */
export { toLearnerLesson } from "./learner-lesson.ts";
export * from "./lesson-schemas.ts";
export * from "./outline-schemas.ts";
export * from "./scorm/scorm-schemas.ts";

export const courseIdSchema = z
  .string()
  .regex(idPattern("crs"), "Expected a course id such as crs_01J9ZC3V6D8R1F3W5S9K2M4N7P");
export const coursePathSchema = z.object({ courseId: courseIdSchema });

/** Every editable field of a course; the outline (modules, lessons) is edited on its own. */
export const courseFieldsSchema = z.strictObject({
  title: z.string().trim().min(3, "At least 3 characters").max(160, "At most 160 characters"),
  summary: z.string().trim().max(600, "At most 600 characters"),
  description: z.string().max(20_000, "At most 20,000 characters"),
  objectives: z.array(z.string().trim().min(1).max(300)).max(20),
  language: z.enum(CONTENT_LANGUAGES),
  themes: uniqueList(z.enum(THEMES), THEMES.length),
  level: z.enum(COURSE_LEVELS),
  durationMinutes: z.number().int().min(0).max(10_000),
  audience: z.string().trim().max(600, "At most 600 characters"),
  coverImageUrl: z
    .url({ protocol: /^https$/, error: "Expected an https address" })
    .max(2000)
    .nullable(),
});
export type CourseFields = z.infer<typeof courseFieldsSchema>;

export const COURSE_DEFAULTS: Omit<CourseFields, "title"> = {
  summary: "",
  description: "",
  objectives: [],
  language: "en",
  themes: [],
  level: "introductory",
  durationMinutes: 0,
  audience: "",
  coverImageUrl: null,
};

export const courseCreateSchema = courseFieldsSchema
  .partial()
  .required({ title: true })
  .meta({ id: "CourseCreate" });
export type CourseCreate = z.infer<typeof courseCreateSchema>;

export const coursePatchSchema = courseFieldsSchema
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, { message: "Change at least one field" })
  .meta({ id: "CoursePatch" });
export type CoursePatch = z.infer<typeof coursePatchSchema>;

const trainerSchema = z
  .object({ userId: z.string(), displayName: z.string() })
  .meta({ id: "Trainer" });

export const moduleSchema = z
  .object({ moduleId: z.string(), title: z.string(), lessons: z.array(lessonSchema) })
  .meta({ id: "CourseModule" });
export type CourseModule = z.infer<typeof moduleSchema>;

/**
 * What the caller may do with the course now, decided by the rules that guard
 * each action (course-policy.ts), so the web shows only what will be allowed.
 */
export const courseActionsSchema = z
  .object({
    /** Change its fields and outline (the course editor). */
    edit: z.boolean(),
    publish: z.boolean(),
    unpublish: z.boolean(),
    archive: z.boolean(),
    /** See its figures. */
    statistics: z.boolean(),
  })
  .meta({ id: "CourseActions" });
export type CourseActions = z.infer<typeof courseActionsSchema>;

/** The draft as its trainers edit it: everything, quiz answers included. */
export const courseDraftSchema = z
  .object({
    courseId: z.string(),
    ...courseFieldsSchema.shape,
    status: z.enum(COURSE_STATUSES),
    trainers: z.array(trainerSchema),
    modules: z.array(moduleSchema),
    /** Files uploaded for the course's document lessons. */
    documents: z.array(attachmentSchema),
    publishedVersion: z.number().int().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: z.number().int().positive(),
    actions: courseActionsSchema,
  })
  .meta({ id: "CourseDraft" });
export type CourseDraft = z.infer<typeof courseDraftSchema>;

/** A line of a trainer's "my courses". */
export const courseDraftSummarySchema = courseDraftSchema
  .pick({
    courseId: true,
    title: true,
    status: true,
    trainers: true,
    publishedVersion: true,
    updatedAt: true,
  })
  .meta({ id: "CourseDraftSummary" });
export type CourseDraftSummary = z.infer<typeof courseDraftSummarySchema>;

export const courseDraftListSchema = z
  .object({ items: z.array(courseDraftSummarySchema) })
  .meta({ id: "CourseDraftList" });

export const trainerListSchema = z
  .object({ items: z.array(trainerSchema) })
  .meta({ id: "TrainerList" });

/** A published version as anyone may read it: no quiz answers. */
export const publishedCourseSchema = z
  .object({
    courseId: z.string(),
    ...courseFieldsSchema.shape,
    trainers: z.array(trainerSchema),
    modules: z.array(
      z.object({ moduleId: z.string(), title: z.string(), lessons: z.array(learnerLessonSchema) }),
    ),
    versionNumber: z.number().int().positive(),
    publishedAt: z.iso.datetime(),
  })
  .meta({ id: "PublishedCourse" });
export type PublishedCourse = z.infer<typeof publishedCourseSchema>;

/** The course page: the published course and what the caller may do with it. */
export const coursePageSchema = publishedCourseSchema
  .extend({ actions: courseActionsSchema })
  .meta({ id: "CoursePage" });
export type CoursePage = z.infer<typeof coursePageSchema>;

export const courseSummarySchema = publishedCourseSchema
  .omit({ modules: true, description: true })
  .extend({ lessonCount: z.number().int() })
  .meta({ id: "CourseSummary" });
export type CourseSummary = z.infer<typeof courseSummarySchema>;

export const courseVersionEntrySchema = z
  .object({
    versionNumber: z.number().int().positive(),
    title: z.string(),
    publishedAt: z.iso.datetime(),
    publishedBy: z.string(),
    publishedByName: z.string(),
  })
  .meta({ id: "CourseVersionEntry" });
export type CourseVersionEntry = z.infer<typeof courseVersionEntrySchema>;

export const courseVersionListSchema = z
  .object({ items: z.array(courseVersionEntrySchema) })
  .meta({ id: "CourseVersionList" });

export const catalogueQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  theme: facetParam(THEMES),
  language: facetParam(CONTENT_LANGUAGES),
  level: facetParam(COURSE_LEVELS),
  minMinutes: z.coerce.number().int().min(0).max(10_000).optional(),
  maxMinutes: z.coerce.number().int().min(0).max(10_000).optional(),
  limit: z.coerce.number().int().min(1).max(PAGE_SIZE.max).optional(),
  cursor: z.string().min(1).max(512).optional(),
});
export type CatalogueQuery = z.infer<typeof catalogueQuerySchema>;

export const cataloguePageSchema = z
  .object({
    items: z.array(courseSummarySchema),
    cursor: z.string().nullable(),
    total: z.number().int(),
    /** Per facet, how many courses each value in use would give (other facets' choices kept). */
    facets: z.object({
      theme: z.record(z.string(), z.number().int()),
      language: z.record(z.string(), z.number().int()),
      level: z.record(z.string(), z.number().int()),
    }),
  })
  .meta({ id: "CataloguePage" });
export type CataloguePage = z.infer<typeof cataloguePageSchema>;

export const citingCoursesSchema = z
  .object({ items: z.array(courseSummarySchema) })
  .meta({ id: "CitingCourses" });
