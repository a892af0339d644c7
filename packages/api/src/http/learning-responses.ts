import { courseProgressSchema } from "@alliance/core/learning";
import { signedIn } from "../middleware/signed-in.ts";
import { json } from "./json.ts";
import { bearerSecurity } from "./problems.ts";

/** Shared parts of a learner's route: any signed-in person may learn. */
export const learner = { tags: ["Learning"], security: bearerSecurity, middleware: [signedIn] };

/** The learner's progress in one course: what enrolling and completing a lesson answer. */
export const progressResponse = (description: string) => ({
  description,
  content: json(courseProgressSchema),
});
