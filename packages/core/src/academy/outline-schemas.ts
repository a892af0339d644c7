import { z } from "zod";
import { idPattern } from "../schema/ids.ts";

export const moduleIdSchema = z
  .string()
  .regex(idPattern("mod"), "Expected a module id such as mod_01J9ZC3V6D8R1F3W5S9K2M4N7P");
export const lessonIdSchema = z
  .string()
  .regex(idPattern("les"), "Expected a lesson id such as les_01J9ZC3V6D8R1F3W5S9K2M4N7P");
export const userIdSchema = z
  .string()
  .regex(idPattern("usr"), "Expected a user id such as usr_01J9ZC3V6D8R1F3W5S9K2M4N7P");

export const modulePathSchema = z.object({
  courseId: z.string().regex(idPattern("crs"), "Expected a course id"),
  moduleId: moduleIdSchema,
});
export const lessonPathSchema = z.object({
  courseId: z.string().regex(idPattern("crs"), "Expected a course id"),
  lessonId: lessonIdSchema,
});
export const trainerPathSchema = z.object({
  courseId: z.string().regex(idPattern("crs"), "Expected a course id"),
  userId: userIdSchema,
});

export const courseDocumentPathSchema = z.object({
  courseId: z.string().regex(idPattern("crs"), "Expected a course id"),
  attachmentId: z
    .string()
    .regex(idPattern("att"), "Expected an attachment id such as att_01J9ZC3V6D8R1F3W5S9K2M4N7P"),
});

export const moduleInputSchema = z
  .strictObject({
    title: z.string().trim().min(1, "At least 1 character").max(160, "At most 160 characters"),
  })
  .meta({ id: "ModuleInput" });
export type ModuleInput = z.infer<typeof moduleInputSchema>;

/** Keyboard-friendly reordering: one step up or down, or straight to a position. */
export const moduleMoveSchema = z
  .strictObject({
    direction: z.enum(["up", "down"]).optional(),
    index: z.number().int().min(0).max(500).optional(),
  })
  .refine((move) => (move.direction === undefined) !== (move.index === undefined), {
    message: "Give either a direction or an index",
    path: ["direction"],
  })
  .meta({ id: "ModuleMove" });
export type ModuleMove = z.infer<typeof moduleMoveSchema>;

/** As a module move; `moduleId` moves the lesson into another module (at `index`, or last). */
export const lessonMoveSchema = z
  .strictObject({
    direction: z.enum(["up", "down"]).optional(),
    index: z.number().int().min(0).max(500).optional(),
    moduleId: moduleIdSchema.optional(),
  })
  .refine(
    (move) =>
      move.moduleId !== undefined || (move.direction === undefined) !== (move.index === undefined),
    { message: "Give either a direction or an index", path: ["direction"] },
  )
  .refine((move) => move.moduleId === undefined || move.direction === undefined, {
    message: "Moving to another module takes an index, not a direction",
    path: ["direction"],
  })
  .meta({ id: "LessonMove" });
export type LessonMove = z.infer<typeof lessonMoveSchema>;
