import { createCore, loadConfig } from "@alliance/core";
import { DEMO_CITIES } from "@alliance/dev";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { attachmentsOf, FILES } from "./support/attachment-fixtures.ts";
import {
  type Caller,
  ifMatch,
  ok,
  problemOf,
  type TestContext,
  testContext,
} from "./support/context.ts";
import { courseOf, documentsOf } from "./support/course-fixtures.ts";
import { eventIn, materialsOf } from "./support/event-fixtures.ts";
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
  /** The item's file routes as `caller`, over the shared app unless `over` is given. */
  const files = (caller: Caller, over: Pick<TestContext, "api"> = ctx) =>
    attachmentsOf(over, caller, itemId);
  return { itemId, files };
};
const link = { as: "link" } as const;
const readItem = (itemId: string) =>
  ok(ctx.api(contributor).api.exchange.items[":itemId"].$get({ query: {}, param: { itemId } }));

/** Each kind of record that lists checked files: where to upload, who, where to download. */
const OWNERS = {
  "an exchange item": async () => {
    const { itemId, files } = await itemFiles();
    return { files: files(contributor), itemId };
  },
  "a course": async () => {
    const { courseId } = await courseOf(ctx, trainer, { publish: false });
    return { files: documentsOf(ctx, trainer, courseId), itemId: courseId };
  },
  "an event": async () => {
    const { eventId } = await eventIn(ctx, trainer);
    return { files: materialsOf(ctx, trainer, eventId), itemId: eventId };
  },
};

describe("a confirmed file", () => {
  it.each(Object.keys(OWNERS) as (keyof typeof OWNERS)[])(
    "of %s stays the checked bytes when the upload URL is used again",
    async (owner) => {
      const { files } = await OWNERS[owner]();
      const upload = await declared(files.declare, pdf);
      expect(await put(upload, pdf.bytes)).toBe(200);
      const confirmed = await files.confirm(upload.attachmentId);
      expect(confirmed.status).toBe(200);

      // Anyone holding the URL (it works for 15 minutes) sends other bytes.
      expect(await put(upload, swapFor(pdf.bytes))).toBe(200);
      const served = await downloaded(() => files.download(upload.attachmentId, link));
      expect(sha256(served)).toBe(sha256(pdf.bytes));
      // Confirming again changes nothing either.
      expect((await files.confirm(upload.attachmentId)).status).toBe(200);
      expect(sha256(await downloaded(() => files.download(upload.attachmentId, link)))).toBe(
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
    const { itemId, files } = await itemFiles();
    const racing = files(contributor, appWith({ s3 }));

    // Other bytes land just before the copy: they are what is checked, and refused.
    const early = await declared(racing.declare, pdf);
    await put(early, pdf.bytes);
    race = () => put(early, swapFor(pdf.bytes));
    const refused = await racing.confirm(early.attachmentId);
    expect(refused.status).toBe(400);
    expect((await problemOf(refused)).errors).toEqual([
      { field: "contentType", message: expect.any(String) },
    ]);

    // Other bytes land just after the copy: the checked copy is what is listed and served.
    after = true;
    const late = await declared(racing.declare, pdf);
    await put(late, pdf.bytes);
    race = () => put(late, swapFor(pdf.bytes));
    const listed = await racing.confirm(late.attachmentId);
    expect(listed.status).toBe(200);
    expect((await listed.json()).attachments.map((file) => file.attachmentId)).toEqual([
      late.attachmentId,
    ]);
    const served = await downloaded(() => files(contributor).download(late.attachmentId, link));
    expect(sha256(served)).toBe(sha256(pdf.bytes));
    expect(await keysUnder(`files/exchange/${itemId}/${early.attachmentId}/`)).toEqual([]);
  });

  it("confirmed twice at once is listed once, and only the listed copy is kept", async () => {
    const { itemId, files } = await itemFiles();
    const upload = await declared(files(contributor).declare, pdf);
    await put(upload, pdf.bytes);
    const confirm = () => files(contributor).confirm(upload.attachmentId);
    const answers = await Promise.all([confirm(), confirm(), confirm()]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    const item = await readItem(itemId);
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
    const { itemId, files } = await itemFiles();
    const upload = await declared(files(contributor).declare, pdf);
    await put(upload, pdf.bytes);

    const failed = await files(contributor, appWith({ s3 })).confirm(upload.attachmentId);
    expect(failed.status).toBe(503);
    expect(failed.headers.get("retry-after")).toBeTruthy();
    expect((await problemOf(failed)).code).toBe("service-unavailable");
    const item = await readItem(itemId);
    expect(item).toMatchObject({ attachments: [], version: 2 });
    expect(await keysUnder(`files/exchange/${itemId}/`)).toEqual([]);

    const later = await files(contributor).confirm(upload.attachmentId);
    expect(later.status).toBe(200);
    const served = await downloaded(() => files(contributor).download(upload.attachmentId, link));
    expect(sha256(served)).toBe(sha256(pdf.bytes));
  });
});

describe("a file listed before checked copies", () => {
  it("still downloads from the key it was uploaded to, and is removed from there", async () => {
    const { itemId, files } = await itemFiles();
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

    const item = await readItem(itemId);
    expect(item.attachments).toEqual([file]);
    expect(sha256(await downloaded(() => files(contributor).download(attachmentId, link)))).toBe(
      sha256(pdf.bytes),
    );
    const attachment = ctx.api(contributor).api.exchange.items[":itemId"].attachments;
    const removed = await attachment[":attachmentId"].$delete({
      param: { itemId, attachmentId },
      header: ifMatch(3),
    });
    expect(removed.status).toBe(200);
    expect((await fetch(oldKey, { method: "HEAD" })).status).toBe(404);
  });
});
