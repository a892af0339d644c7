import { ApiError } from "./client.ts";

/** What a failed request means to a form. */
export interface RequestProblem {
  /** The HTTP status; 0 when no answer came (a lost connection, a timeout). */
  status: number;
  /** The problem's code (`incomplete-item`, `city-required`, …), or null without an answer. */
  code: string | null;
  /** The field paths a 400 named (`contact.email`, `links.0.url`), with the API's words. */
  fieldErrors: Record<string, string>;
  /** A 412: the record changed elsewhere since the form read it. */
  stale: boolean;
}

/**
 * The one reader of the API's problem+json answers for forms: every form decides
 * from this what to show (field errors, the stale-edit notice, a message).
 */
export function problemOf(error: unknown): RequestProblem {
  if (!(error instanceof ApiError)) {
    return { status: 0, code: null, fieldErrors: {}, stale: false };
  }
  const fieldErrors: Record<string, string> = {};
  if (error.status === 400) {
    for (const { field, message } of error.problem.errors ?? []) fieldErrors[field] ??= message;
  }
  return {
    status: error.status,
    code: error.problem.code,
    fieldErrors,
    stale: error.status === 412,
  };
}
