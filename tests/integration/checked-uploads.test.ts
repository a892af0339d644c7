import { createCore, loadConfig } from "@alliance/core";
import { DEMO_CITIES } from "@alliance/dev";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { attachmentsOf, FILES } from "./support/attachment-fixtures.ts";
import { type Caller, type TestContext, testContext } from "./support/context.ts";
import { courseOf, courses, documentsOf } from "./support/course-fixtures.ts";
import { itemIn } from "./support/exchange-fixtures.ts";
import {
  appWith,
  aroundCopies,
  declared,
  downloaded,
  keysUnder,
  localS3,
  put,
  sha256,
  swapFor,
} from "./support/upload-fixtures.ts";

let ctx: TestContext;
let contributor: Caller;
let admin: Caller;
let trainer: Caller;

beforeAll(async () => {
  ctx = await testContext();
  [contributor, admin, trainer] = await Promise.all([
    ctx.newUser({ groups: ["contributor"], cityId: DEMO_CITIES[0]?.cityId }),
    ctx.newUser({ groups: ["admin"] }),
    ctx.newUser({ groups: ["trainer"] }),
  ]);
});

const pdf = FILES.pdf;
const itemFiles = async () => {
  const { itemId } = await itemIn(ctx, "draft", contributor, admin);
  return { itemId, base: attachmentsOf(itemId) };
};

/** Each kind of record that lists checked files: where to upload, who, where to download. */
const OWNERS = {
  "an exchange item": async () => {
    const { itemId, base } = await itemFiles();
    return { caller: contributor, base, download: (id: string) => `${base}/${id}`, itemId };
  },
  "a course": async () => {
    const { courseId } = await courseOf(ctx, trainer, { publish: false });
    const base = documentsOf(courseId);
    const download = (id: string) => `${courses}/${courseId}/documents/${id}`;
    return { caller: trainer, base, download, itemId: courseId };
  },
};

describe("a confirmed file", () => {
  it.each(Object.keys(OWNERS) as (keyof typeof OWNERS)[])(
    "of %s stays the checked bytes when the upload URL is used again",
    async (owner) => {
      const { caller, base, download } = await OWNERS[owner]();
      const upload = await declared(ctx.call, caller, base, pdf);
      expect(await put(upload, pdf.bytes)).toBe(200);
      const confirmed = await ctx.call(caller, "POST", `${base}/${upload.attachmentId}/confirm`);
      expect(confirmed.status).toBe(200);

      // Anyone holding the URL (it works for 15 minutes) sends other bytes.
      expect(await put(upload, swapFor(pdf.bytes))).toBe(200);
      const served = await downloaded(ctx.call, caller, download(upload.attachmentId));
      expect(sha256(served)).toBe(sha256(pdf.bytes));
      // Confirming again changes nothing either.
      expect(
        (await ctx.call(caller, "POST", `${base}/${upload.attachmentId}/confirm`)).status,
      ).toBe(200);
      expect(sha256(await downloaded(ctx.call, caller, download(upload.attachmentId)))).toBe(
        sha256(pdf.bytes),
      );
    },
  );

  it("is checked as copied: a PUT racing the copy is refused or never served", async () => {
    let race: (() => Promise<unknown>) | undefined;
    let after = false;
    const s3 = aroundCopies(localS3(), async (copy) => {
      if (race && !after) await race();
      const copied = await copy();
      if (race && after) await race();
      return copied;
    });
    const call = appWith({ s3 });
    const { itemId, base } = await itemFiles();

    // Other bytes land just before the copy: they are what is checked, and refused.
    const early = await declared(call, contributor, base, pdf);
    await put(early, pdf.bytes);
    race = () => put(early, swapFor(pdf.bytes));
    const refused = await call(contributor, "POST", `${base}/${early.attachmentId}/confirm`);
    expect(refused.status).toBe(400);
    expect((await refused.json()).errors).toEqual([
      { field: "contentType", message: expect.any(String) },
    ]);

    // Other bytes land just after the copy: the checked copy is what is listed and served.
    after = true;
    const late = await declared(call, contributor, base, pdf);
    await put(late, pdf.bytes);
    race = () => put(late, swapFor(pdf.bytes));
    const listed = await call(contributor, "POST", `${base}/${late.attachmentId}/confirm`);
    expect(listed.status).toBe(200);
    expect(
      (await listed.json()).attachments.map((file: { attachmentId: string }) => file.attachmentId),
    ).toEqual([late.attachmentId]);
    const served = await downloaded(ctx.call, contributor, `${base}/${late.attachmentId}`);
    expect(sha256(served)).toBe(sha256(pdf.bytes));
    expect(await keysUnder(`files/exchange/${itemId}/${early.attachmentId}/`)).toEqual([]);
  });

  it("confirmed twice at once is listed once, and only the listed copy is kept", async () => {
    const { itemId, base } = await itemFiles();
    const upload = await declared(ctx.call, contributor, base, pdf);
    await put(upload, pdf.bytes);
    const confirm = () => ctx.call(contributor, "POST", `${base}/${upload.attachmentId}/confirm`);
    const answers = await Promise.all([confirm(), confirm(), confirm()]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    const item = await (await ctx.call(contributor, "GET", `/api/exchange/items/${itemId}`)).json();
    expect(item.attachments).toHaveLength(1);
    expect(await keysUnder(`files/exchange/${itemId}/${upload.attachmentId}/`)).toHaveLength(1);
    expect(await keysUnder(`uploads/exchange/${itemId}/${upload.attachmentId}`)).toEqual([]);
  });
});

describe("when the store fails", () => {
  it("a copy that fails answers 503, lists nothing, and the upload can be confirmed later", async () => {
    const s3 = aroundCopies(localS3(), () =>
      Promise.reject(
        Object.assign(new Error("Please try again."), {
          name: "ServiceUnavailable",
          $metadata: { httpStatusCode: 503 },
        }),
      ),
    );
    const { itemId, base } = await itemFiles();
    const upload = await declared(ctx.call, contributor, base, pdf);
    await put(upload, pdf.bytes);

    const failed = await appWith({ s3 })(
      contributor,
      "POST",
      `${base}/${upload.attachmentId}/confirm`,
    );
    expect(failed.status).toBe(503);
    expect(failed.headers.get("retry-after")).toBeTruthy();
    expect((await failed.json()).code).toBe("service-unavailable");
    const item = await (await ctx.call(contributor, "GET", `/api/exchange/items/${itemId}`)).json();
    expect(item).toMatchObject({ attachments: [], version: 2 });
    expect(await keysUnder(`files/exchange/${itemId}/`)).toEqual([]);

    const later = await ctx.call(contributor, "POST", `${base}/${upload.attachmentId}/confirm`);
    expect(later.status).toBe(200);
    expect(sha256(await downloaded(ctx.call, contributor, `${base}/${upload.attachmentId}`))).toBe(
      sha256(pdf.bytes),
    );
  });
});

describe("a file listed before checked copies", () => {
  it("still downloads from the key it was uploaded to, and is removed from there", async () => {
    const { itemId, base } = await itemFiles();
    const attachmentId = "att_01J9ZC3V6D8R1F3W5S9K2M4N7P";
    const env = inject("apiEnv");
    const oldKey = `${env.S3_ENDPOINT}/${env.ATTACHMENTS_BUCKET}/exchange/${itemId}/${attachmentId}`;
    // As the old confirm left it: the bytes at the folder key, a record without objectKey.
    expect((await fetch(oldKey, { method: "PUT", body: pdf.bytes })).status).toBe(200);
    const { data } = createCore({ config: loadConfig(env) });
    const uploadedAt = new Date().toISOString();
    const file = {
      attachmentId,
      fileName: "old.pdf",
      contentType: pdf.contentType,
      size: pdf.bytes.length,
      uploadedAt,
    };
    await data.entities.exchangeItem
      .patch({ itemId })
      .set({ attachments: [file], version: 3 })
      .go();

    const item = await (await ctx.call(contributor, "GET", `/api/exchange/items/${itemId}`)).json();
    expect(item.attachments).toEqual([file]);
    expect(sha256(await downloaded(ctx.call, contributor, `${base}/${attachmentId}`))).toBe(
      sha256(pdf.bytes),
    );
    const removed = await ctx.call(contributor, "DELETE", `${base}/${attachmentId}`, undefined, {
      "if-match": '"3"',
    });
    expect(removed.status).toBe(200);
    expect((await fetch(oldKey, { method: "HEAD" })).status).toBe(404);
  });
});
