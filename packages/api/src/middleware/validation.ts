import { type FieldError, VisibleError } from "@alliance/core";
import type { ZodError } from "zod";

/** What to call the whole input when an issue is about all of it. */
const TARGET_NAMES: Record<string, string> = { json: "body", param: "path", header: "headers" };

/**
 * A zod failure as a 400 whose fields name what to fix: the dotted path, or for an
 * object with unexpected keys, each unexpected key.
 */
export function validationError(error: ZodError, target: string): VisibleError {
  const fields: FieldError[] = error.issues.flatMap((issue) => {
    const path = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        field: path ? `${path}.${key}` : key,
        message: "Unknown field",
      }));
    }
    return [{ field: path || TARGET_NAMES[target] || target, message: issue.message }];
  });
  const names = [...new Set(fields.map((field) => field.field))].join(", ");
  return new VisibleError("input", "invalid-request", `Check these fields: ${names}.`, fields);
}
