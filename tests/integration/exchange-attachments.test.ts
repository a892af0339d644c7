import type { AttachmentUploadRequest } from "@alliance/core";
import { DEMO_CITIES } from "@alliance/dev";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { attached, attachmentsOf, FILES, uploaded } from "./support/attachment-fixtures.ts";
import {
  type Caller,
  ifMatch,
  ok,
  problemOf,
  type TestContext,
  testContext,
} from "./support/context.ts";
import { itemIn } from "./support/exchange-fixtures.ts";

const [aarhus, rotterdam] = DEMO_CITIES;
let ctx: TestContext;
let contributor: Caller;
let otherCity: Caller;
let admin: Caller;
let member: Caller;

beforeAll(async () => {
  ctx = await testContext();
  [contributor, otherCity, admin, member] = await Promise.all([
    ctx.newUser({ groups: ["contributor"], cityId: aarhus?.cityId }),
    ctx.newUser({ groups: ["contributor"], cityId: rotterdam?.cityId }),
    ctx.newUser({ groups: ["admin"] }),
    ctx.newUser(),
  ]);
});

const draft = () => itemIn(ctx, "draft", contributor, admin);
const confirm = (caller: Caller | undefined, itemId: string, attachmentId: string) =>
  attachmentsOf(ctx, caller, itemId).confirm(attachmentId);
const download = (caller: Caller | undefined, itemId: string, attachmentId: string) =>
  attachmentsOf(ctx, caller, itemId).download(attachmentId);
const declare = (caller: Caller, itemId: string, json: AttachmentUploadRequest) =>
  attachmentsOf(ctx, caller, itemId).declare(json);
const item = (caller: Caller) => ctx.api(caller).api.exchange.items[":itemId"];
const readItem = (itemId: string) => ok(item(contributor).$get({ query: {}, param: { itemId } }));
const fields = async (response: { json(): Promise<unknown> }) =>
  ((await problemOf(response)).errors ?? []).map((error) => error.field);

/** Whether the local S3 store holds an object at `key` (s3rver answers unsigned reads). */
async function storedAt(key: string): Promise<boolean> {
  const env = inject("apiEnv");
  const url = `${env.S3_ENDPOINT}/${env.ATTACHMENTS_BUCKET}/${key}`;
  const response = await fetch(url, { method: "HEAD" });
  return response.status === 200;
}
/** Whether the upload (what the client PUT, before any check) is still stored. */
const stored = (itemId: string, attachmentId: string) =>
  storedAt(`uploads/exchange/${itemId}/${attachmentId}`);
/** The object key a download link serves. */
async function servedKey(itemId: string, attachmentId: string): Promise<string> {
  const link = await attachmentsOf(ctx, contributor, itemId).download(attachmentId, {
    as: "link",
  });
  const { pathname } = new URL(((await link.json()) as { url: string }).url);
  return decodeURIComponent(pathname).replace(`/${inject("apiEnv").ATTACHMENTS_BUCKET}/`, "");
}

describe("attaching a file to an item", () => {
  it("uploads to the presigned URL, confirms, lists it, and downloads the same bytes under its name", async () => {
    const { itemId } = await draft();
    const requested = await declare(contributor, itemId, {
      fileName: FILES.pdf.fileName,
      contentType: FILES.pdf.contentType,
      size: FILES.pdf.bytes.length,
    });
    expect(requested.status).toBe(201);
    const upload = await requested.json();
    expect(upload).toMatchObject({
      attachmentId: expect.stringMatching(/^att_/),
      method: "PUT",
      headers: { "Content-Type": "application/pdf" },
    });
    // The key is the server's: the client's file name is nowhere in the URL.
    expect(upload.uploadUrl).toContain(`/uploads/exchange/${itemId}/${upload.attachmentId}?`);
    expect(Date.parse(upload.expiresAt) - Date.now()).toBeGreaterThan(14 * 60_000);

    const put = await fetch(upload.uploadUrl, {
      method: "PUT",
      headers: upload.headers,
      body: FILES.pdf.bytes,
    });
    expect(put.status).toBe(200);

    const confirmed = await confirm(contributor, itemId, upload.attachmentId);
    expect(confirmed.status).toBe(200);
    const item = await confirmed.json();
    expect(confirmed.headers.get("etag")).toBe(`"${item.version}"`);
    expect(item.version).toBe(3);
    expect(item.attachments).toEqual([
      {
        attachmentId: upload.attachmentId,
        fileName: FILES.pdf.fileName,
        contentType: "application/pdf",
        size: FILES.pdf.bytes.length,
        uploadedAt: expect.any(String),
      },
    ]);

    const again = await confirm(contributor, itemId, upload.attachmentId);
    expect(again.status).toBe(200);
    expect((await again.json()).attachments).toHaveLength(1);
    expect((await readItem(itemId)).attachments).toHaveLength(1);

    const redirect = await download(contributor, itemId, upload.attachmentId);
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get("cache-control")).toBe("no-store");
    const file = await fetch(redirect.headers.get("location") ?? "");
    expect(file.status).toBe(200);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(FILES.pdf.bytes);
    expect(file.headers.get("content-type")).toBe("application/pdf");
    expect(file.headers.get("content-disposition")).toBe(
      "attachment; filename=\"_valuation 2025 _ rapport final.pdf\"; filename*=UTF-8''%C3%89valuation%202025%20%E2%80%93%20rapport%20final.pdf",
    );
  });

  it("confirms two uploads at once: both are listed, neither lost to the other's write", async () => {
    const { itemId, version } = await draft();
    const first = await uploaded(ctx, contributor, itemId, FILES.csv);
    const second = await uploaded(ctx, contributor, itemId, FILES.png);
    const answers = await Promise.all([
      confirm(contributor, itemId, first.attachmentId),
      confirm(contributor, itemId, second.attachmentId),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    const read = await readItem(itemId);
    expect(read.version).toBe(version + 2);
    expect(read.attachments.map((file) => file.attachmentId).sort()).toEqual(
      [first.attachmentId, second.attachmentId].sort(),
    );
  });

  it("refuses a file whose first bytes are not of its declared type, and deletes it", async () => {
    const { itemId } = await draft();
    const png = { ...FILES.png, fileName: "report.pdf" };
    const { attachmentId, put } = await uploaded(ctx, contributor, itemId, png, {
      contentType: "application/pdf",
    });
    expect(put.status).toBe(200);
    expect(await stored(itemId, attachmentId)).toBe(true);

    const refused = await confirm(contributor, itemId, attachmentId);
    expect(refused.status).toBe(400);
    expect(await fields(refused)).toEqual(["contentType"]);
    expect(await stored(itemId, attachmentId)).toBe(false);
    expect((await confirm(contributor, itemId, attachmentId)).status).toBe(404);
    expect(await readItem(itemId)).toMatchObject({ attachments: [], version: 2 });
  });

  it("refuses at request a declared size over 25 MB, an unlisted type or a name with a path", async () => {
    const { itemId } = await draft();
    const guide = { fileName: "guide.pdf", contentType: "application/pdf", size: 1000 } as const;
    const ask = (body: Partial<AttachmentUploadRequest>) =>
      declare(contributor, itemId, { ...guide, ...body });
    // An unlisted type is a body the typed client must not express: raw.
    const unlisted = () =>
      ctx.raw(contributor, "POST", `/api/exchange/items/${itemId}/attachments`, {
        ...guide,
        contentType: "application/x-msdownload",
      });
    const big = await ask({ size: 26_214_401 });
    expect(big.status).toBe(400);
    expect(await fields(big)).toEqual(["size"]);
    expect((await ask({ size: 26_214_400 })).status).toBe(201);
    expect(await fields(await unlisted())).toEqual(["contentType"]);
    expect(await fields(await ask({ fileName: "../../etc/passwd" }))).toEqual(["fileName"]);
    expect(await fields(await ask({ fileName: "a\u0000.pdf" }))).toEqual(["fileName"]);
    expect(await fields(await ask({ size: 0 }))).toEqual(["size"]);
  });

  it("refuses an upload whose size is not the declared one, and deletes it", async () => {
    const { itemId } = await draft();
    const { attachmentId } = await uploaded(ctx, contributor, itemId, FILES.csv, {
      size: FILES.csv.bytes.length + 10,
    });
    const refused = await confirm(contributor, itemId, attachmentId);
    expect(refused.status).toBe(400);
    expect(await fields(refused)).toEqual(["size"]);
    expect(await stored(itemId, attachmentId)).toBe(false);
  });

  it("answers 409 upload-missing when nothing was uploaded, and 404 for an unknown upload", async () => {
    const { itemId } = await draft();
    const requested = await declare(contributor, itemId, {
      fileName: "notes.txt",
      contentType: "text/plain",
      size: 12,
    });
    const { attachmentId } = await requested.json();
    const missing = await confirm(contributor, itemId, attachmentId);
    expect(missing.status).toBe(409);
    expect((await problemOf(missing)).code).toBe("upload-missing");
    const unknown = await confirm(contributor, itemId, "att_01J9ZC3V6D8R1F3W5S9K2M4N7P");
    expect(unknown.status).toBe(404);
  });

  it("keeps another city out: its unpublished item is not found", async () => {
    const { itemId } = await draft();
    const { attachmentId } = await attached(ctx, contributor, itemId, FILES.csv);
    const body = { fileName: "x.txt", contentType: "text/plain", size: 3 } as const;
    expect((await declare(otherCity, itemId, body)).status).toBe(404);
    expect((await confirm(otherCity, itemId, attachmentId)).status).toBe(404);
    expect((await download(otherCity, itemId, attachmentId)).status).toBe(404);
    expect((await download(undefined, itemId, attachmentId)).status).toBe(404);
    expect((await download(admin, itemId, attachmentId)).status).toBe(302);
  });

  it("downloads a members-only item's file for members, not for anonymous visitors", async () => {
    // Attached before publication: a published item's new files wait in its revision.
    const { itemId } = await itemIn(ctx, "draft", contributor, admin, { visibility: "members" });
    const { attachmentId, version } = await attached(ctx, contributor, itemId, FILES.png);
    const param = { itemId };
    await item(contributor).submit.$post({ param, header: ifMatch(version) });
    const approved = await item(admin).review.$post({
      param,
      json: { decision: "approve" },
      header: ifMatch(version + 1),
    });
    expect(approved.status).toBe(200);
    expect((await download(undefined, itemId, attachmentId)).status).toBe(404);
    const redirect = await download(member, itemId, attachmentId);
    expect(redirect.status).toBe(302);
    const file = await fetch(redirect.headers.get("location") ?? "");
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(FILES.png.bytes);

    // What the web app does, since a browser link cannot carry the member's token.
    const asLink = (caller: Caller | undefined) =>
      attachmentsOf(ctx, caller, itemId).download(attachmentId, { as: "link" });
    const link = await asLink(member);
    expect(link.status).toBe(200);
    const { url } = (await link.json()) as { url: string };
    expect(new Uint8Array(await (await fetch(url)).arrayBuffer())).toEqual(FILES.png.bytes);
    expect((await asLink(undefined)).status).toBe(404);
  });

  it("removes an attachment with If-Match: a stale version is 412, then the file is gone", async () => {
    const { itemId } = await draft();
    const { attachmentId, version } = await attached(ctx, contributor, itemId);
    const key = await servedKey(itemId, attachmentId);
    expect(await storedAt(key)).toBe(true);
    const remove = (header: Record<string, string>) =>
      item(contributor).attachments[":attachmentId"].$delete({
        param: { itemId, attachmentId },
        header,
      });
    const stale = await remove(ifMatch(version - 1));
    expect(stale.status).toBe(412);
    expect((await remove({})).status).toBe(428);
    const removed = await remove(ifMatch(version));
    expect(removed.status).toBe(200);
    expect(await removed.json()).toMatchObject({ attachments: [], version: version + 1 });
    expect(await storedAt(key)).toBe(false);
    expect((await download(contributor, itemId, attachmentId)).status).toBe(404);
  });

  it("takes at most 10 files per item and none on an archived item", async () => {
    const { itemId } = await draft();
    for (let index = 0; index < 10; index += 1) await attached(ctx, contributor, itemId, FILES.csv);
    const body = { fileName: "eleventh.csv", contentType: "text/csv", size: 20 } as const;
    const full = await declare(contributor, itemId, body);
    expect(full.status).toBe(409);
    expect((await problemOf(full)).code).toBe("too-many-attachments");

    const { version } = await readItem(itemId);
    const archived = await item(contributor).archive.$post({
      param: { itemId },
      header: ifMatch(version),
    });
    expect(archived.status).toBe(200);
    const refused = await declare(contributor, itemId, body);
    expect(refused.status).toBe(409);
  });
});
