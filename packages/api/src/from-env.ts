import { renderCertificatePdf } from "@alliance/core/certificate-pdf";
import { exchangeSearch } from "@alliance/core/exchange-search";
import { inspectScormPackage } from "@alliance/core/scorm-package";
import { type AppDeps, createApp } from "./app.ts";
import { openBadgesFromEnv } from "./badge-key.ts";
import { appDepsFromEnv } from "./deps-from-env.ts";

/**
 * The whole API wired from environment variables, certificates and exchange search
 * included: what the local Node server and the tests serve in one process. The API
 * function leaves the renderer, the Open Badges signer and the search engine out
 * (lambda.ts; decisions 0028, 0096).
 */
export function createAppFromEnv(
  env: Record<string, string | undefined> = process.env,
  overrides: Partial<AppDeps> = {},
) {
  return createApp(
    appDepsFromEnv(
      env,
      {
        renderCertificatePdf,
        openBadges: openBadgesFromEnv(env),
        inspectScormPackage,
        ...overrides,
      },
      { search: exchangeSearch },
    ),
  );
}
