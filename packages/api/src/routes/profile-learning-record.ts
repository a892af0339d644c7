import { learningRecordSchema } from "@alliance/core/profile";
import { createRoute } from "@hono/zod-openapi";
import { json } from "../http/json.ts";
import { bearerSecurity, problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { signedIn } from "../middleware/signed-in.ts";

/** `/me/learning-record`: the learner's own data to take away. */
export const profileLearningRecordRoutes = createRouter().openapi(
  createRoute({
    tags: ["Learning"],
    security: bearerSecurity,
    middleware: [signedIn],
    method: "get",
    path: "/me/learning-record",
    summary: "Download my whole learning record (JSON)",
    responses: {
      200: {
        description: "Profile, enrolments and progress, quiz attempts, certificates, bookmarks",
        content: json(learningRecordSchema),
      },
      ...problems(401, 503),
    },
  }),
  async (c) => {
    c.header("Cache-Control", "private, no-store");
    c.header("Content-Disposition", 'attachment; filename="learning-record.json"');
    return c.json(await c.var.core.profile.exportLearningRecord(), 200);
  },
);
