import { swaggerUI } from "@hono/swagger-ui";
import { Hono } from "hono";
import { type AppDeps, DOCS_PATH, OPENAPI_PATH, withApiMiddleware } from "./app-middleware.ts";
import type { withAllRoutes } from "./app-routes.ts";
import type { AppEnv } from "./env.ts";
import { routeGroups, zodOpenApiFirst } from "./route-groups.ts";

export { type AppDeps, DOCS_PATH, OPENAPI_PATH } from "./app-middleware.ts";

/**
 * The whole API as one Hono app, served by Lambda and by the local Node server alike:
 * the middleware at once, the routes in groups, each imported on its first request
 * (route-groups.ts, decision 0109). Its type is that of the app with every route
 * (app-routes.ts), which the typed client reads; its behaviour is that app's too. A
 * plain Hono app: zod-openapi comes with the first route group or the document
 * (decision 0112).
 */
export function createApp(deps: AppDeps): App {
  const app = withApiMiddleware(new Hono<AppEnv>(), deps);
  // The document of every route, built once, on its first request.
  let document: Promise<unknown> | undefined;
  app.get(OPENAPI_PATH, async (c) => {
    document ??= zodOpenApiFirst()
      .then(() => Promise.all([import("./app-routes.ts"), import("./base-app.ts")]))
      .then(([{ withAllRoutes }, { createBaseApp }]) =>
        openApiDocumentOf(withAllRoutes(createBaseApp(deps))),
      );
    return c.json(await document);
  });
  app.get(DOCS_PATH, swaggerUI({ url: OPENAPI_PATH, title: "Alliance platform API" }));
  app.all("/api/*", routeGroups());
  // Only the type: the routes are app-routes.ts's, answered through their groups.
  return app as unknown as App;
}

/** The OpenAPI 3.1 document of an app with every route. */
export function openApiDocumentOf(
  app: ReturnType<typeof withAllRoutes>,
): ReturnType<App["getOpenAPI31Document"]> {
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
    description: "A Cognito access token",
  });
  return app.getOpenAPI31Document(openApiInfo);
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

export type App = ReturnType<typeof withAllRoutes>;
