/**
 * The one error type core throws for anything a caller should see. The API maps
 * `kind` to an HTTP status and renders `code` and `message` as problem+json.
 * Anything that is not a VisibleError is an internal fault and is never shown.
 */
export const ERROR_KINDS = {
  input: 400,
  unauthenticated: 401,
  forbidden: 403,
  "not-found": 404,
  conflict: 409,
  "precondition-failed": 412,
  "precondition-required": 428,
  "rate-limited": 429,
  unavailable: 503,
} as const;

export type ErrorKind = keyof typeof ERROR_KINDS;

/** A field that failed validation: dotted path and a human-readable reason. */
export interface FieldError {
  field: string;
  message: string;
}

export class VisibleError extends Error {
  readonly kind: ErrorKind;
  readonly code: string;
  readonly fields: FieldError[];
  /** For `rate-limited`: how long the caller should wait, sent as Retry-After. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    kind: ErrorKind,
    code: string,
    message: string,
    fields: FieldError[] = [],
    options: { retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = "VisibleError";
    this.kind = kind;
    this.code = code;
    this.fields = fields;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  get status(): number {
    return ERROR_KINDS[this.kind];
  }
}

export function isVisibleError(error: unknown): error is VisibleError {
  return error instanceof VisibleError;
}
