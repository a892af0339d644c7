import { inject } from "vitest";
import "../../support/provided.ts";
import { countedApi } from "../../support/counted-api.ts";

/**
 * The API of the integration tests' emulators over a DynamoDB client that counts the
 * requests it sends. `overrides` change the API's settings (a table of its own:
 * `TABLE_NAME`).
 */
export function countedApp(overrides: Record<string, string> = {}) {
  return countedApi({ ...inject("apiEnv"), ...overrides });
}
