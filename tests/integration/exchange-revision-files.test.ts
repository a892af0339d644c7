import { DEMO_CITIES } from "@alliance/dev";
import { beforeAll, describe, expect, it } from "vitest";
import { attached, attachmentsOf, FILES } from "./support/attachment-fixtures.ts";
import { type Caller, ifMatch, type TestContext, testContext } from "./support/context.ts";
import { itemIn } from "./support/exchange-fixtures.ts";
import { keysUnder } from "./support/upload-fixtures.ts";

const [aarhus] = DEMO_CITIES;
let ctx: TestContext;
let contributor: Caller;
let admin: Caller;

beforeAll(async () => {
  ctx = await testContext();
  [contributor, admin] = await Promise.all([
    ctx.newUser({ groups: ["contributor"], cityId: aarhus?.cityId }),
    ctx.newUser({ groups: ["admin"] }),
  ]);
});

const item = (caller: Caller | undefined) => ctx.api(caller).api.exchange.items[":itemId"];
const submit = (caller: Caller, itemId: string, version: number) =>
  item(caller).submit.$post({ param: { itemId }, header: ifMatch(version) });
const approve = (caller: Caller, itemId: string, version: number) =>
  item(caller).review.$post({
    param: { itemId },
    json: { decision: "approve" },
    header: ifMatch(version),
  });
const download = (caller: Caller | undefined, itemId: string, attachmentId: string) =>
  attachmentsOf(ctx, caller, itemId).download(attachmentId);
const names = (files: Array<{ fileName: string }>) => files.map((file) => file.fileName);

/** Whether the local S3 store still holds the file's checked copy. */
async function stored(itemId: string, attachmentId: string): Promise<boolean> {
  return (await keysUnder(`files/exchange/${itemId}/${attachmentId}/`)).length > 0;
}

describe("the files of a published item", () => {
  it("change in its pending revision: readers keep the published files until the revision is approved", async () => {
    const { itemId } = await itemIn(ctx, "draft", contributor, admin);
    const report = await attached(ctx, contributor, itemId, FILES.pdf);
    await submit(contributor, itemId, report.version);
    await approve(admin, itemId, report.version + 1);

    // A new poster and the report removed: both only in the revision.
    const poster = await attached(ctx, contributor, itemId, FILES.png);
    const removed = await item(contributor).attachments[":attachmentId"].$delete({
      param: { itemId, attachmentId: report.attachmentId },
      header: ifMatch(poster.version),
    });
    expect(removed.status).toBe(200);
    const own = await removed.json();
    expect(names(own.attachments)).toEqual([FILES.pdf.fileName]);
    expect(names(own.revision?.attachments ?? [])).toEqual([FILES.png.fileName]);

    const seen = await (await item(undefined).$get({ query: {}, param: { itemId } })).json();
    expect(names(seen.attachments)).toEqual([FILES.pdf.fileName]);
    expect((await download(undefined, itemId, report.attachmentId)).status).toBe(302);
    expect((await download(undefined, itemId, poster.attachmentId)).status).toBe(404);
    expect((await download(contributor, itemId, poster.attachmentId)).status).toBe(302);
    expect(await stored(itemId, report.attachmentId)).toBe(true);

    await submit(contributor, itemId, own.version);
    const approved = await approve(admin, itemId, own.version + 1);
    expect(names((await approved.json()).attachments)).toEqual([FILES.png.fileName]);
    expect((await download(undefined, itemId, poster.attachmentId)).status).toBe(302);
    expect((await download(undefined, itemId, report.attachmentId)).status).toBe(404);
    expect(await stored(itemId, report.attachmentId)).toBe(false);
  });

  it("proposed in a withdrawn revision are deleted; the published ones stay", async () => {
    const { itemId, version } = await itemIn(ctx, "published", contributor, admin);
    const poster = await attached(ctx, contributor, itemId, FILES.png);
    expect(poster.version).toBe(version + 1);
    const withdrawn = await item(contributor).revision.$delete({
      param: { itemId },
      header: ifMatch(poster.version),
    });
    expect(withdrawn.status).toBe(200);
    expect((await withdrawn.json()).attachments).toEqual([]);
    expect(await stored(itemId, poster.attachmentId)).toBe(false);
  });
});
