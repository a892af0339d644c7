import type { AttachmentUploadRequest } from "@alliance/core";
import { type Caller, ok, type TestContext } from "./context.ts";

export interface TestFile {
  fileName: string;
  contentType: AttachmentUploadRequest["contentType"];
  bytes: Uint8Array<ArrayBuffer>;
}

/** Small files whose first bytes are what their type says. */
export const FILES = {
  pdf: {
    fileName: "Évaluation 2025 – rapport final.pdf",
    contentType: "application/pdf",
    bytes: new Uint8Array(Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")),
  },
  png: {
    fileName: "poster.png",
    contentType: "image/png",
    bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72]),
  },
  csv: {
    fileName: "participants.csv",
    contentType: "text/csv",
    bytes: new Uint8Array(Buffer.from("city;participants\nAarhus;42\nLiège;17\n", "utf8")),
  },
} satisfies Record<string, TestFile>;

/** An upload route of the typed client: declares a file, answers where to PUT it. */
export type UploadRoute = (json: AttachmentUploadRequest) => Promise<{
  status: number;
  url: string;
  text(): Promise<string>;
  json(): Promise<{
    attachmentId: string;
    uploadUrl: string;
    method: string;
    headers: Record<string, string>;
  }>;
}>;

/** The item's attachment routes as `caller`. */
export const attachmentsOf = (
  ctx: Pick<TestContext, "api">,
  caller: Caller | undefined,
  itemId: string,
) => {
  const attachments = ctx.api(caller).api.exchange.items[":itemId"].attachments;
  return {
    declare: (json: AttachmentUploadRequest) => attachments.$post({ param: { itemId }, json }),
    confirm: (attachmentId: string) =>
      attachments[":attachmentId"].confirm.$post({ param: { itemId, attachmentId } }),
    download: (attachmentId: string, query: { as?: "link" } = {}) =>
      attachments[":attachmentId"].$get({ param: { itemId, attachmentId }, query }),
  };
};

/** Asks for an upload of `file` (declaring `size`) and PUTs its bytes to the presigned URL. */
export const uploaded = (
  ctx: TestContext,
  caller: Caller,
  itemId: string,
  file: TestFile = FILES.pdf,
  declared: Partial<AttachmentUploadRequest> = {},
) => uploadedTo(attachmentsOf(ctx, caller, itemId).declare, file, declared);

/** As `uploaded`, to any upload route. */
export async function uploadedTo(
  route: UploadRoute,
  file: TestFile = FILES.pdf,
  declared: Partial<AttachmentUploadRequest> = {},
): Promise<{ attachmentId: string; put: Response }> {
  const { fileName, contentType, bytes } = file;
  const requested = await route({ fileName, contentType, size: bytes.length, ...declared });
  if (requested.status !== 201) throw new Error(`upload request: ${await requested.text()}`);
  const upload = await requested.json();
  const put = await fetch(upload.uploadUrl, {
    method: upload.method,
    headers: upload.headers,
    body: bytes,
  });
  return { attachmentId: upload.attachmentId, put };
}

/** Uploads and confirms `file`: the item then lists it. */
export async function attached(
  ctx: TestContext,
  caller: Caller,
  itemId: string,
  file: TestFile = FILES.pdf,
): Promise<{ attachmentId: string; version: number }> {
  const { attachmentId } = await uploaded(ctx, caller, itemId, file);
  const { version } = await ok(attachmentsOf(ctx, caller, itemId).confirm(attachmentId));
  return { attachmentId, version };
}
