import type { Core } from "@alliance/core";
import { swaggerUI } from "@hono/swagger-ui";
import { OpenAPIHono } from "@hono/zod-openapi";
import { requestId } from "hono/request-id";
import type { AppEnv } from "./env.ts";
import { auth } from "./middleware/auth.ts";
import { bodySizeLimit } from "./middleware/body-limit.ts";
import { onError, onNotFound } from "./middleware/errors.ts";
import { createLogger, type LogLevel, requestLogging } from "./middleware/logging.ts";
import { corsAllowList, securityHeaders } from "./middleware/security.ts";
import type { TokenVerifier } from "./middleware/token-verifier.ts";
import { adminRoutes } from "./routes/admin.ts";
import { bookmarkRoutes } from "./routes/bookmarks.ts";
import { cityRoutes } from "./routes/cities.ts";
import { courseDocumentRoutes } from "./routes/course-documents.ts";
import { courseOutlineRoutes } from "./routes/course-outline.ts";
import { courseRoutes } from "./routes/courses.ts";
import { exchangeAttachmentRoutes } from "./routes/exchange-attachments.ts";
import { exchangeItemRoutes } from "./routes/exchange-items.ts";
import { healthRoutes } from "./routes/health.ts";
import { learningRoutes } from "./routes/learning.ts";
import { meRoutes } from "./routes/me.ts";

export const OPENAPI_PATH = "/api/openapi.json";
export const DOCS_PATH = "/api/docs";

export interface AppDeps {
  core: Core;
  verifier: TokenVerifier;
  corsOrigins?: readonly string[];
  logLevel?: LogLevel;
}

/** The whole API as one Hono app, served by Lambda and by the local Node server alike. */
export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();
  const logger = createLogger(deps.logLevel ?? "INFO");

  app.use(requestId());
  app.use(requestLogging(logger));
  app.use(securityHeaders(DOCS_PATH));
  app.use(corsAllowList(deps.corsOrigins ?? []));
  app.use(async (c, next) => {
    c.set("core", deps.core);
    await next();
  });
  app.use("/api/*", bodySizeLimit());
  app.use("/api/*", auth(deps.verifier));

  const routes = app
    .route("/api", healthRoutes)
    .route("/api", meRoutes)
    .route("/api", cityRoutes)
    .route("/api", adminRoutes)
    .route("/api", exchangeItemRoutes)
    .route("/api", exchangeAttachmentRoutes)
    .route("/api", bookmarkRoutes)
    .route("/api", courseRoutes)
    .route("/api", courseOutlineRoutes)
    .route("/api", courseDocumentRoutes)
    .route("/api", learningRoutes);

  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
    description: "A Cognito access token",
  });
  app.doc31(OPENAPI_PATH, openApiInfo);
  app.get(DOCS_PATH, swaggerUI({ url: OPENAPI_PATH, title: "Alliance platform API" }));
  app.notFound(onNotFound);
  app.onError(onError);
  return routes;
}

export const openApiInfo = {
  openapi: "3.1.0",
  info: {
    title: "Alliance of European Cities against Violent Extremism: platform API",
    version: "0.1.0",
    description:
      "The exchange of initiatives, experiences and resources between member cities, and the academy for local elected representatives. Errors are RFC 9457 problem+json. A request body over 3 MiB is refused with 413; text holding NUL, another control character (but tab and line breaks) or a lone surrogate is refused with 400 naming the field.",
  },
  servers: [{ url: "/" }],
};

export type App = ReturnType<typeof createApp>;
