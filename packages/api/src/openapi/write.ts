import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { COMMITTED_PATH, openApiDocument, serialise } from "./document.ts";

/** `pnpm openapi`: regenerate docs/openapi.json from the routes. */
writeFileSync(COMMITTED_PATH, serialise(openApiDocument()));
process.stdout.write(`wrote ${fileURLToPath(COMMITTED_PATH)}\n`);
