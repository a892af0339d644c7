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

const EXPOSED_HEADERS = ["ETag", "Retry-After", "X-Request-Id"];

/**
 * Cross-origin calls only from the allow-list; same-origin (through the proxy) needs none.
 * Hono's `cors` answers preflights. Other requests get its headers once the response is
 * made (`Access-Control-Allow-Origin` for an allowed origin, `Access-Control-Expose-Headers`,
 * `Vary: Origin`), set on that response as `secureHeaders` sets its own: Hono's `cors`
 * sets the first two on `c.res` before the route runs, which makes Hono build a
 * placeholder response, copy it into the route's and copy that again for `Vary`, three
 * responses per request, a large part of `/api/health`'s cost (decision 0027).
 */
export function corsAllowList(origins: readonly string[]): MiddlewareHandler<AppEnv> {
  const preflight = cors({
    origin: (origin) => (origins.includes(origin) ? origin : null),
    allowMethods: ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
    allowHeaders: ["Authorization", "Content-Type", "If-Match", "X-Request-Id"],
    exposeHeaders: EXPOSED_HEADERS,
    maxAge: 600,
  });
  const exposed = EXPOSED_HEADERS.join(",");
  return async (c, next) => {
    if (c.req.method === "OPTIONS") return preflight(c, next);
    const origin = c.req.header("origin");
    await next();
    const headers = c.res.headers;
    if (origin !== undefined && origins.includes(origin)) {
      headers.set("Access-Control-Allow-Origin", origin);
    }
    headers.set("Access-Control-Expose-Headers", exposed);
    headers.append("Vary", "Origin");
  };
}
