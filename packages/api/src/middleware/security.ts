import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import { secureHeaders } from "hono/secure-headers";
import type { AppEnv } from "../env.ts";

const common = {
  strictTransportSecurity: "max-age=31536000; includeSubDomains",
  xContentTypeOptions: "nosniff",
  xFrameOptions: "DENY",
  referrerPolicy: "strict-origin-when-cross-origin",
  crossOriginResourcePolicy: "same-origin",
} as const;

/** JSON responses never need to load anything or be framed. */
const apiHeaders = secureHeaders({
  ...common,
  contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
});

/** The docs page loads Swagger UI's script and styles from its CDN. */
const DOCS_ASSETS = "https://cdn.jsdelivr.net";
const docsHeaders = secureHeaders({
  ...common,
  crossOriginEmbedderPolicy: false,
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'", "'unsafe-inline'", DOCS_ASSETS],
    styleSrc: ["'self'", "'unsafe-inline'", DOCS_ASSETS],
    imgSrc: ["'self'", "data:", DOCS_ASSETS],
    frameAncestors: ["'none'"],
  },
});

export function securityHeaders(docsPath: string): MiddlewareHandler<AppEnv> {
  return (c, next) => (c.req.path === docsPath ? docsHeaders(c, next) : apiHeaders(c, next));
}

/** Cross-origin calls only from the allow-list; same-origin (through the proxy) needs none. */
export function corsAllowList(origins: readonly string[]): MiddlewareHandler<AppEnv> {
  return cors({
    origin: (origin) => (origins.includes(origin) ? origin : null),
    allowMethods: ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
    allowHeaders: ["Authorization", "Content-Type", "If-Match", "X-Request-Id"],
    exposeHeaders: ["ETag", "Retry-After", "X-Request-Id"],
    maxAge: 600,
  });
}
