import { trainerPathSchema } from "@alliance/core/academy";
import { createRoute } from "@hono/zod-openapi";
import { authoring, draftChangeResponses } from "../http/academy-responses.ts";
import { ifMatchHeaders, writeIfMatch } from "../http/if-match.ts";
import { createRouter } from "../http/router.ts";

/** `/courses/{courseId}/trainers/{userId}`: a course's co-trainers. */
export const academyCourseTrainerRoutes = createRouter().openapi(
  createRoute({
    ...authoring,
    method: "put",
    path: "/courses/{courseId}/trainers/{userId}",
    summary: "Add a co-trainer, who may then edit and publish the course",
    request: { params: trainerPathSchema, headers: ifMatchHeaders },
    responses: draftChangeResponses,
  }),
  (c) =>
    writeIfMatch(c, (version) => {
      const { courseId, userId } = c.req.valid("param");
      return c.var.core.academy.drafts.addTrainer(courseId, userId, version);
    }),
);
