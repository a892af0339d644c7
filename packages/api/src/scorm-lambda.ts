import { inspectScormPackage } from "@alliance/core/scorm-package";
import { handle } from "hono/aws-lambda";
import { appDepsFromEnv } from "./deps-from-env.ts";
import { createScormApp } from "./scorm-app.ts";

/**
 * The SCORM function: API Gateway sends it `POST …/scorm-packages/{packageId}/check`, so
 * yauzl and fast-xml-parser stay out of the API function (DESIGN.md, decision 0084).
 */
export const handler = handle(createScormApp({ ...appDepsFromEnv(), inspectScormPackage }));
