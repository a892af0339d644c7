import { scormPackagePathSchema, scormPackageSchema } from "@alliance/core/academy";
import { createRoute } from "@hono/zod-openapi";
import { authoring } from "../http/academy-responses.ts";
import { json } from "../http/json.ts";
import { problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";

/**
 * `POST /courses/{courseId}/draft/scorm-packages/{packageId}/check`: the one route the
 * SCORM function serves (decision 0084), with the zip reader and XML parser the API
 * function's bundle leaves out. The whole API mounts it too, for the local server and tests.
 */
export const academyCourseScormCheckRoutes = createRouter().openapi(
  createRoute({
    ...authoring,
    method: "post",
    path: "/courses/{courseId}/draft/scorm-packages/{packageId}/check",
    summary: "Check an uploaded SCORM package and extract its files",
    description:
      "Checks the uploaded zip (decision 0084; limits in the README) and extracts its files. Answers the package: `ready`, `refused` with a one-line `reason`, or `checking` while another check runs.",
    request: { params: scormPackagePathSchema },
    responses: {
      200: { description: "The package after its check", content: json(scormPackageSchema) },
      ...problems(400, 401, 403, 404, 409, 503),
    },
  }),
  async (c) => {
    const { courseId, packageId } = c.req.valid("param");
    const inspect = c.var.inspectScormPackage;
    // Only a deployment that routes this path to the wrong function gets here.
    if (!inspect) throw new Error("This function does not check SCORM packages (decision 0084)");
    return c.json(await c.var.core.academy.scorm.check(courseId, packageId, inspect), 200);
  },
);
