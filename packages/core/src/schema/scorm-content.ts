/**
 * Extracted SCORM packages (decision 0086), served on the site's own origin under
 * `/scorm/<courseId>/<packageId>/…` from the attachments bucket's `scorm/` prefix, so the
 * package finds the player's run-time API in its parent frame as the standard requires.
 * Their own policy: a package's scripts (inline and `eval`, as authoring tools write them)
 * may load from and talk to this origin only, nothing may embed them but the site itself,
 * and plugins, other origins' scripts, images, frames and form targets are refused.
 */
export const SCORM_CONTENT = {
  pathPattern: "/scorm/*",
  /** The bucket's prefix CloudFront may read, and nothing else of the bucket. */
  bucketPrefix: "scorm/",
  contentSecurityPolicy: [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join("; "),
  frameOptions: "SAMEORIGIN",
} as const;
