import { createHash } from "node:crypto";
import { createAppFromEnv } from "@alliance/api";
import { createCore, createS3Client, loadConfig } from "@alliance/core";
import { inject } from "vitest";
import type { Caller, TestContext } from "./context.ts";

const apiEnv = () => ({ ...inject("apiEnv"), LOG_LEVEL: "SILENT" });

type S3Client = ReturnType<typeof createS3Client>;

/** An S3 client to the local store, configured as the API's. */
export const localS3 = (): S3Client => createS3Client(loadConfig(apiEnv()), apiEnv());

/**
 * The API as in production, but over an S3 client and a clock of the test's
 * choosing: `call` as TestContext's.
 */
export function appWith(options: { s3?: S3Client; now?: () => Date }): TestContext["call"] {
  const env = apiEnv();
  const core = createCore({
    config: loadConfig(env),
    s3: options.s3 ?? localS3(),
    now: options.now,
  });
  const app = createAppFromEnv(env, { core });
  return (caller, method, path, body, headers = {}) =>
    Promise.resolve(
      app.request(path, {
        method,
        headers: {
          ...(caller && { authorization: `Bearer ${caller.token}` }),
          ...(body !== undefined && { "content-type": "application/json" }),
          ...headers,
        },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      }),
    );
}

export const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** Bytes of the same length as `bytes` (so the signed URL takes them) that are not a PDF. */
export const swapFor = (bytes: Uint8Array) => new Uint8Array(bytes.length).fill(0x41);

/**
 * Runs `hook` around each CopyObject the client sends, inside the SDK's own
 * pipeline (inside its retries): to race a PUT with the copy, or to fail it as S3 would.
 */
export function aroundCopies(
  client: S3Client,
  hook: (copy: () => Promise<unknown>) => Promise<unknown>,
): S3Client {
  const middleware: Parameters<S3Client["middlewareStack"]["add"]>[0] = (next, context) => (args) =>
    context.commandName === "CopyObjectCommand"
      ? (hook(() => next(args)) as ReturnType<typeof next>)
      : next(args);
  client.middlewareStack.add(middleware, { step: "deserialize", name: "aroundCopies" });
  return client;
}

export interface Upload {
  attachmentId: string;
  uploadUrl: string;
  headers: Record<string, string>;
}

/** Declares `bytes` as a file at `base` (an upload route) and answers the presigned upload. */
export async function declared(
  call: TestContext["call"],
  caller: Caller,
  base: string,
  file: { fileName: string; contentType: string; bytes: Uint8Array },
): Promise<Upload> {
  const { fileName, contentType, bytes } = file;
  const answer = await call(caller, "POST", base, { fileName, contentType, size: bytes.length });
  if (answer.status !== 201) throw new Error(`declare: ${answer.status} ${await answer.text()}`);
  return answer.json();
}

/** PUTs `bytes` to the presigned URL, as a browser (or anyone holding the URL) would. */
export async function put(upload: Upload, bytes: Uint8Array<ArrayBuffer>): Promise<number> {
  const answer = await fetch(upload.uploadUrl, {
    method: "PUT",
    headers: upload.headers,
    body: bytes,
  });
  return answer.status;
}

/** The bytes a download route serves to `caller`, following its redirect. */
export async function downloaded(
  call: TestContext["call"],
  caller: Caller,
  path: string,
): Promise<Uint8Array> {
  const link = await call(caller, "GET", `${path}?as=link`);
  if (link.status !== 200) throw new Error(`download: ${link.status} ${await link.text()}`);
  const file = await fetch((await link.json()).url);
  return new Uint8Array(await file.arrayBuffer());
}

/** The keys the local store holds under `prefix` (s3rver answers unsigned listings). */
export async function keysUnder(prefix: string): Promise<string[]> {
  const env = inject("apiEnv");
  const url = `${env.S3_ENDPOINT}/${env.ATTACHMENTS_BUCKET}?list-type=2&prefix=${encodeURIComponent(prefix)}`;
  const xml = await (await fetch(url)).text();
  return [...xml.matchAll(/<Key>([^<]*)<\/Key>/g)].map((match) => match[1] ?? "");
}
