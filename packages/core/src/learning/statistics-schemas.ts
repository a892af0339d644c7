import { z } from "zod";
import { LESSON_KINDS } from "../taxonomy/academy.ts";

export const courseStatsSchema = z
  .object({
    courseId: z.string(),
    title: z.string(),
    versionNumber: z.number().int().nullable(),
    /** Learners enrolled now (those who completed included; those who left not). */
    enrolled: z.number().int(),
    active30Days: z.number().int(),
    completed: z.number().int(),
    /** Completed, of those enrolled, in percent. */
    completionRate: z.number().int(),
    lessons: z.array(
      z.object({
        lessonId: z.string(),
        title: z.string(),
        kind: z.enum(LESSON_KINDS),
        optional: z.boolean(),
        /** Learners who completed it (passed, for a quiz). */
        done: z.number().int(),
      }),
    ),
    quizzes: z.array(
      z.object({
        lessonId: z.string(),
        title: z.string(),
        attempters: z.number().int(),
        attempts: z.number().int(),
        passes: z.number().int(),
        passRate: z.number().int(),
        averageAttempts: z.number(),
      }),
    ),
  })
  .meta({ id: "CourseStats" });
export type CourseStats = z.infer<typeof courseStatsSchema>;

export const courseStatsQuerySchema = z.object({ format: z.enum(["json", "csv"]).optional() });

export const cityLearningStatsSchema = z
  .object({
    cityId: z.string(),
    courses: z.array(
      z.object({
        courseId: z.string(),
        courseTitle: z.string(),
        enrolled: z.number().int(),
        completed: z.number().int(),
      }),
    ),
  })
  .meta({ id: "CityLearningStats" });
export type CityLearningStats = z.infer<typeof cityLearningStatsSchema>;
