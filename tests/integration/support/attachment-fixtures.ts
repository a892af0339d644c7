import type { Caller, TestContext } from "./context.ts";

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
};
export type TestFile = (typeof FILES)[keyof typeof FILES];

export const attachmentsOf = (itemId: string) => `/api/exchange/items/${itemId}/attachments`;

/** Asks for an upload of `file` (declaring `size`) and PUTs its bytes to the presigned URL. */
export const uploaded = (
  ctx: TestContext,
  caller: Caller,
  itemId: string,
  file: TestFile = FILES.pdf,
  declared: Partial<{ size: number; contentType: string }> = {},
) => uploadedTo(ctx, caller, attachmentsOf(itemId), file, declared);

/** As `uploaded`, to any upload route (`base` answers the presigned URL; `base/{id}/confirm`). */
export async function uploadedTo(
  ctx: TestContext,
  caller: Caller,
  base: string,
  file: TestFile = FILES.pdf,
  declared: Partial<{ size: number; contentType: string }> = {},
): Promise<{ attachmentId: string; put: Response }> {
  const { fileName, contentType, bytes } = file;
  const requested = await ctx.call(caller, "POST", base, {
    fileName,
    contentType,
    size: bytes.length,
    ...declared,
  });
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
  const confirmed = await ctx.call(
    caller,
    "POST",
    `${attachmentsOf(itemId)}/${attachmentId}/confirm`,
  );
  if (confirmed.status !== 200) throw new Error(`confirm: ${await confirmed.text()}`);
  return { attachmentId, version: (await confirmed.json()).version };
}
