import { createCore } from "@alliance/core";
import { type App, openApiDocumentOf } from "../app.ts";
import { withAllRoutes } from "../app-routes.ts";
import { createBaseApp } from "../base-app.ts";

/** The OpenAPI 3.1 document as the API serves it, built without any AWS access. */
export function openApiDocument(): ReturnType<App["getOpenAPI31Document"]> {
  const app = createBaseApp({
    core: createCore({ config: { tableName: "unused", region: "eu-west-1" } }),
    verifier: {
      verify: () => Promise.reject(new Error("the document is built without verifying tokens")),
    },
    logLevel: "SILENT",
  });
  return openApiDocumentOf(withAllRoutes(app));
}

/** The committed form: stable key order as generated, two-space indent, final newline. */
export function serialise(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

export const COMMITTED_PATH = new URL("../../../../docs/openapi.json", import.meta.url);
