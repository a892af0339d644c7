import { type AppDeps, createBaseApp } from "./base-app.ts";
import { learningBadgeRoutes } from "./routes/learning-badges.ts";
import { learningCertificateRoutes } from "./routes/learning-certificates.ts";

/**
 * The certificate function's app: the API's middleware and error handling, and only the
 * certificate routes, of which API Gateway sends it `GET /api/me/certificates/{code}`
 * (decision 0028) and the Open Badges routes (decision 0066). The routes are the API's own (routes/learning-certificates.ts), so
 * the contract declares them once.
 */
export function createCertificateApp(
  deps: AppDeps & Required<Pick<AppDeps, "renderCertificatePdf" | "openBadges">>,
) {
  return createBaseApp(deps)
    .route("/api", learningCertificateRoutes)
    .route("/api", learningBadgeRoutes);
}
