import { createHash } from "node:crypto";
import type { Context, TypedResponse } from "hono";
import type { JSONParsed } from "hono/utils/types";

interface Serialised {
  /** The JSON's UTF-8 bytes: a Response sends them as they are, with no encoding per request. */
  body: Buffer<ArrayBuffer>;
  etag: string;
}

/** Answers already written, by the frozen value they were written from. */
const written = new WeakMap<object, Serialised>();

function serialise(value: object): Serialised {
  const body = Buffer.from(JSON.stringify(value), "utf8");
  return { body, etag: `"${createHash("sha256").update(body).digest("base64url")}"` };
}

/**
 * `c.json(value, 200)` with an ETag made from the body (for `hono/etag`'s 304). A frozen
 * value is taken to be shared and never changed (a core use case hands the same page to
 * every request for the same data and query, as the catalogue does): its body and ETag
 * are made once, kept as long as the value lives, and sent again as they are. Another
 * value is written anew each time.
 */
export function sharedJson<T extends object>(
  c: Context,
  value: T,
): Response & TypedResponse<JSONParsed<T>, 200, "json"> {
  let answer = written.get(value);
  if (!answer) {
    answer = serialise(value);
    if (Object.isFrozen(value)) written.set(value, answer);
  }
  c.header("ETag", answer.etag);
  c.header("Content-Type", "application/json");
  // The body is JSON.stringify(value), as c.json writes it, encoded; only its type is c.json's.
  const response: Response = c.body(answer.body, 200);
  return response as Response & TypedResponse<JSONParsed<T>, 200, "json">;
}
