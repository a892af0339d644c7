import { VisibleError } from "@alliance/core/kernel";
import { z } from "@hono/zod-openapi";
import type { Context, TypedResponse } from "hono";
import type { JSONParsed } from "hono/utils/types";

/** `"3"`, `W/"3"` or `3` → 3. The ETag of an editable resource is its version. */
export function parseIfMatch(header: string | undefined): number {
  if (header === undefined || header.trim() === "") {
    throw new VisibleError(
      "precondition-required",
      "if-match-required",
      "Send the If-Match header with the version you edited (the ETag you received).",
    );
  }
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim());
  if (!match) {
    throw new VisibleError("input", "invalid-if-match", "If-Match must be a version ETag.", [
      { field: "If-Match", message: 'Expected an ETag such as "3"' },
    ]);
  }
  return Number(match[1]);
}

export function etag(version: number): string {
  return `"${version}"`;
}

/**
 * A conditional write: reads the If-Match version (428 or 400 before `write`
 * runs when it is missing or malformed), runs `write` with it and answers the
 * saved resource with its new version as ETag.
 */
export async function writeIfMatch<T extends { version: number }>(
  c: Context,
  write: (version: number) => Promise<T>,
): Promise<Response & TypedResponse<JSONParsed<T>, 200, "json">> {
  const version = parseIfMatch(c.req.header("if-match"));
  const saved = await write(version);
  c.header("ETag", etag(saved.version));
  return c.json(saved, 200);
}

/**
 * Documents If-Match. Optional here so that a missing header reaches
 * parseIfMatch and answers 428 rather than a generic 400.
 */
export const ifMatchHeaders = z.object({
  "if-match": z
    .string()
    .optional()
    .openapi({ description: 'The ETag you received, such as "3"', example: '"3"' }),
});
