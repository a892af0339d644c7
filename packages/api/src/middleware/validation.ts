import { type FieldError, VisibleError } from "@alliance/core/kernel";
import type { Context } from "hono";
import type { ZodError } from "zod";
import { jsonMayHoldRefused, printable, screenInput } from "./input-screen.ts";

/** What to call the whole input when an issue is about all of it. */
const TARGET_NAMES: Record<string, string> = { json: "body", param: "path", header: "headers" };

/** One validator's outcome, as @hono/zod-openapi hands it to the router's hook. */
export type ValidatorOutcome = { target: string } & (
  | { success: true; data: unknown }
  | { success: false; error: ZodError }
);

/**
 * The hook after every route's validators (see router.ts): a zod failure, or a
 * string anywhere in the input as sent holding what no text may hold (NUL and
 * other control characters, lone surrogates; see input-screen.ts), is a 400
 * naming each field. Screening here, after the route's guards, keeps 401/403
 * first; screening the input as sent also covers query parameters and nested
 * keys the schema would have dropped.
 */
export async function checkInput(outcome: ValidatorOutcome, c: Context): Promise<void> {
  const { target } = outcome;
  const sent = await inputAsSent(c, outcome);
  const screened = screenInput(sent, TARGET_NAMES[target] ?? target);
  // One answer per field: what the screen found first, zod's other findings after.
  const named = new Set(screened.map((error) => error.field));
  const fields = outcome.success
    ? screened
    : [...screened, ...zodFields(outcome.error, target).filter((error) => !named.has(error.field))];
  if (fields.length > 0) throw invalidRequest(fields);
}

/** The target's input before zod: headers only as parsed (the raw set holds every header sent). */
async function inputAsSent(c: Context, outcome: ValidatorOutcome): Promise<unknown> {
  switch (outcome.target) {
    case "json": {
      // The validator parsed the same cached text already; parse again only if needed.
      const text = await c.req.text();
      return jsonMayHoldRefused(text) ? JSON.parse(text) : undefined;
    }
    case "query":
      return Object.fromEntries(
        Object.entries(c.req.queries()).map(([key, values]) => [
          key,
          values.length === 1 ? values[0] : values,
        ]),
      );
    case "param":
      return c.req.param();
    default:
      return outcome.success ? outcome.data : undefined;
  }
}

/**
 * A zod failure as a 400 whose fields name what to fix: the dotted path, or for an
 * object with unexpected keys, each unexpected key.
 */
export function validationError(error: ZodError, target: string): VisibleError {
  return invalidRequest(zodFields(error, target));
}

function zodFields(error: ZodError, target: string): FieldError[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        field: path ? `${path}.${printable(key)}` : printable(key),
        message: "Unknown field",
      }));
    }
    return [{ field: path || TARGET_NAMES[target] || target, message: issue.message }];
  });
}

function invalidRequest(fields: FieldError[]): VisibleError {
  const names = [...new Set(fields.map((field) => field.field))].join(", ");
  return new VisibleError("input", "invalid-request", `Check these fields: ${names}.`, fields);
}
