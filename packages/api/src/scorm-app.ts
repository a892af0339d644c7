import { type AppDeps, createBaseApp } from "./base-app.ts";
import { academyCourseScormCheckRoutes } from "./routes/academy-course-scorm-check.ts";

/**
 * The SCORM function's app: the API's middleware and error handling and only the route
 * that checks and extracts a package (decision 0084), declared once in the route file the
 * whole API also mounts.
 */
export function createScormApp(deps: AppDeps & Required<Pick<AppDeps, "inspectScormPackage">>) {
  return createBaseApp(deps).route("/api", academyCourseScormCheckRoutes);
}
