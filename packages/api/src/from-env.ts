import { renderCertificatePdf } from "@alliance/core/certificate-pdf";
import { inspectScormPackage } from "@alliance/core/scorm-package";
import { type AppDeps, createApp } from "./app.ts";
import { openBadgesFromEnv } from "./badge-key.ts";
import { appDepsFromEnv } from "./deps-from-env.ts";

/**
 * The whole API wired from environment variables, certificates included: what the local
 * Node server and the tests serve in one process. The API function leaves the renderer
 * and the Open Badges signer out (lambda.ts).
 */
export function createAppFromEnv(
  env: Record<string, string | undefined> = process.env,
  overrides: Partial<AppDeps> = {},
) {
  return createApp(
    appDepsFromEnv(env, {
      renderCertificatePdf,
      openBadges: openBadgesFromEnv(env),
      inspectScormPackage,
      ...overrides,
    }),
  );
}
