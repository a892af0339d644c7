import { createHash } from "node:crypto";
import { createAppFromEnv } from "@alliance/api";
import { createCore, createS3Client, loadConfig } from "@alliance/core";
import { inject } from "vitest";
import type { UploadRoute } from "./attachment-fixtures.ts";
import { clientsOver, type TestContext } from "./context.ts";

const apiEnv = () => ({ ...inject("apiEnv"), LOG_LEVEL: "SILENT" });

type S3Client = ReturnType<typeof createS3Client>;

/** An S3 client to the local store, configured as the API's. */
export const localS3 = (): S3Client => createS3Client(loadConfig(apiEnv()), apiEnv());

/**
 * The API as in production, but over an S3 client and a clock of the test's
 * choosing: `api` and `raw` as TestContext's.
 */
export function appWith(options: {
  s3?: S3Client;
  now?: () => Date;
}): Pick<TestContext, "api" | "raw"> {
  const env = apiEnv();
  const core = createCore({
    config: loadConfig(env),
    s3: options.s3 ?? localS3(),
    now: options.now,
  });
  const app = createAppFromEnv(env, { core });
  return clientsOver(async (_caller, input, init) => app.request(input, init));
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

/** Declares `bytes` as a file at an upload route and answers the presigned upload. */
export async function declared(
  route: UploadRoute,
  file: {
    fileName: string;
    contentType: Parameters<UploadRoute>[0]["contentType"];
    bytes: Uint8Array;
  },
): Promise<Upload> {
  const { fileName, contentType, bytes } = file;
  const answer = await route({ fileName, contentType, size: bytes.length });
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

/** The bytes a download route serves, following the link `asLink` asks it for. */
export async function downloaded(
  asLink: () => Promise<{
    status: number;
    text(): Promise<string>;
    json(): Promise<unknown>;
  }>,
): Promise<Uint8Array> {
  const link = await asLink();
  if (link.status !== 200) throw new Error(`download: ${link.status} ${await link.text()}`);
  // The 200 answer is `{ url }` (the client's type also covers the 302 without a body).
  const { url } = (await link.json()) as { url: string };
  const file = await fetch(url);
  return new Uint8Array(await file.arrayBuffer());
}

/** The keys the local store holds under `prefix` (s3rver answers unsigned listings). */
export async function keysUnder(prefix: string): Promise<string[]> {
  const env = inject("apiEnv");
  const url = `${env.S3_ENDPOINT}/${env.ATTACHMENTS_BUCKET}?list-type=2&prefix=${encodeURIComponent(prefix)}`;
  const xml = await (await fetch(url)).text();
  return [...xml.matchAll(/<Key>([^<]*)<\/Key>/g)].map((match) => match[1] ?? "");
}
