import { ATTACHMENT_MAX_BYTES } from "@alliance/core";
import { DEMO_CITIES } from "@alliance/dev";
import { beforeAll, describe, expect, it } from "vitest";
import { FILES, uploadedTo } from "./support/attachment-fixtures.ts";
import {
  type Caller,
  ifMatch,
  ok,
  problemOf,
  type TestContext,
  testContext,
} from "./support/context.ts";
import { eventIn, eventMaterial, eventPath, materialsOf } from "./support/event-fixtures.ts";
import {
  appWith,
  declared,
  downloaded,
  keysUnder,
  put,
  sha256,
  swapFor,
} from "./support/upload-fixtures.ts";

/**
 * An event's materials on DynamoDB Local and the local S3 store, through the API:
 * organisers add titled files through the checked upload pipeline (decision 0014),
 * also after the event and when it is cancelled; whoever may read the event
 * downloads them (decision 0095); a refused or stale write changes nothing.
 */
let ctx: TestContext;
let trainer: Caller;
let contributor: Caller;
let learner: Caller;

beforeAll(async () => {
  ctx = await testContext();
  [trainer, contributor, learner] = await Promise.all([
    ctx.newUser({ groups: ["trainer"] }),
    ctx.newUser({ groups: ["contributor"], cityId: DEMO_CITIES[0]?.cityId }),
    ctx.newUser(),
  ]);
}, 120_000);

const link = { as: "link" } as const;
type Listed = {
  version: number;
  materials: Array<Record<string, unknown> & { attachmentId: string }>;
  actions: { manageMaterials: boolean };
};
const eventAs = async (caller: Caller | undefined, eventId: string, over = ctx) =>
  (await ok(over.raw(caller, "GET", eventPath(eventId)))) as Listed;
const fieldsOf = async (response: Response) =>
  ((await problemOf(response)).errors ?? []).map((error) => error.field);
const bytesOf = (caller: Caller | undefined, eventId: string, attachmentId: string) =>
  downloaded(() => materialsOf(ctx, caller, eventId).download(attachmentId, link));

describe("an event's materials", () => {
  it("are added with a title by an organiser, listed on the event and downloaded by anyone", async () => {
    const { eventId } = await eventIn(ctx, trainer);
    const materials = materialsOf(ctx, trainer, eventId);
    const pdf = FILES.pdf;
    const { attachmentId } = await uploadedTo(
      (json) => materials.declare({ ...json, title: "  Programme and slides  " }),
      pdf,
    );
    const confirmed = await materials.confirm(attachmentId);
    expect(confirmed.status).toBe(200);
    const event = (await confirmed.json()) as Listed;
    expect(confirmed.headers.get("etag")).toBe(`"${event.version}"`);
    expect(event.materials).toEqual([
      {
        attachmentId,
        title: "Programme and slides",
        fileName: pdf.fileName,
        contentType: "application/pdf",
        size: pdf.bytes.length,
        uploadedAt: expect.any(String),
      },
    ]);

    // Public with the event: listed for anyone, but only organisers may change them.
    const seen = await eventAs(undefined, eventId);
    expect(seen.materials).toEqual(event.materials);
    expect(seen.actions.manageMaterials).toBe(false);
    expect((await eventAs(trainer, eventId)).actions.manageMaterials).toBe(true);
    for (const reader of [undefined, learner, contributor]) {
      expect(sha256(await bytesOf(reader, eventId, attachmentId))).toBe(sha256(pdf.bytes));
    }
    const redirect = await materials.download(attachmentId);
    expect(redirect.status).toBe(302);
    const served = await fetch(redirect.headers.get("location") ?? "");
    expect(served.headers.get("content-disposition")).toContain("attachment;");
  });

  it("are added after the event is over, and a cancelled event keeps and takes them", async () => {
    const { eventId, version } = await eventIn(ctx, trainer);
    // The same API two years on: the event has started and ended.
    const later = appWith({ now: () => new Date(Date.now() + 2 * 365 * 86_400_000) });
    const edit = await later.raw(
      trainer,
      "PATCH",
      eventPath(eventId),
      { capacity: 40 },
      ifMatch(version),
    );
    expect((await problemOf(edit)).code).toBe("event-started");
    const afterwards = materialsOf(later, trainer, eventId);
    const { attachmentId } = await uploadedTo(afterwards.declare, FILES.csv);
    expect((await afterwards.confirm(attachmentId)).status).toBe(200);
    const past = await eventAs(learner, eventId, later as TestContext);
    expect(past.materials.map((each) => each.attachmentId)).toEqual([attachmentId]);
    expect(sha256(await bytesOf(learner, eventId, attachmentId))).toBe(sha256(FILES.csv.bytes));

    const city = await eventIn(ctx, contributor);
    const before = await eventMaterial(ctx, contributor, city.eventId);
    const cancelled = await ctx.raw(
      contributor,
      "POST",
      `${eventPath(city.eventId)}/cancel`,
      { reason: "The venue closed." },
      ifMatch(before.version),
    );
    expect(cancelled.status).toBe(200);
    const after = await eventMaterial(ctx, contributor, city.eventId, FILES.png);
    const kept = await eventAs(undefined, city.eventId);
    expect(kept.materials.map((each) => each.attachmentId)).toEqual([
      before.attachmentId,
      after.attachmentId,
    ]);
    expect(sha256(await bytesOf(undefined, city.eventId, before.attachmentId))).toBe(
      sha256(FILES.pdf.bytes),
    );
  });

  it("refuses a wrong type, an oversize file, no title and swapped bytes, changing nothing", async () => {
    const { eventId } = await eventIn(ctx, trainer);
    const materials = materialsOf(ctx, trainer, eventId);
    const first = await eventMaterial(ctx, trainer, eventId);
    const unchanged = await eventAs(trainer, eventId);
    const { fileName, contentType } = FILES.pdf;

    const program = await materials.declare({
      fileName: "setup.exe",
      contentType: "application/x-msdownload" as typeof contentType,
      size: 100,
    });
    expect(await fieldsOf(program as unknown as Response)).toEqual(["contentType"]);
    const huge = await materials.declare({ fileName, contentType, size: ATTACHMENT_MAX_BYTES + 1 });
    expect(await fieldsOf(huge as unknown as Response)).toEqual(["size"]);
    const untitled = await materials.declare({ fileName, contentType, size: 100, title: " " });
    expect(await fieldsOf(untitled as unknown as Response)).toEqual(["title"]);

    // A PNG declared as a PDF: refused at confirmation, its copy and upload deleted.
    const renamed = await uploadedTo(materials.declare, { ...FILES.png, fileName, contentType });
    const refused = await materials.confirm(renamed.attachmentId);
    expect(refused.status).toBe(400);
    expect(await fieldsOf(refused as unknown as Response)).toEqual(["contentType"]);
    expect(await keysUnder(`files/events/${eventId}/${renamed.attachmentId}/`)).toEqual([]);
    expect(await keysUnder(`uploads/events/${eventId}/${renamed.attachmentId}`)).toEqual([]);
    expect(await eventAs(trainer, eventId)).toEqual(unchanged);

    // Bytes sent to the upload URL after the check never reach what is served.
    const upload = await declared(materials.declare, FILES.pdf);
    expect(await put(upload, FILES.pdf.bytes)).toBe(200);
    expect((await materials.confirm(upload.attachmentId)).status).toBe(200);
    expect(await put(upload, swapFor(FILES.pdf.bytes))).toBe(200);
    expect(sha256(await bytesOf(learner, eventId, upload.attachmentId))).toBe(
      sha256(FILES.pdf.bytes),
    );
    expect(sha256(await bytesOf(learner, eventId, first.attachmentId))).toBe(
      sha256(FILES.pdf.bytes),
    );
  });

  it("are removed at the version seen: a stale one is 412 and keeps the file", async () => {
    const { eventId } = await eventIn(ctx, trainer);
    const materials = materialsOf(ctx, trainer, eventId);
    const { attachmentId, version } = await eventMaterial(ctx, trainer, eventId);
    const before = await eventAs(trainer, eventId);

    const stale = await materials.remove(attachmentId, version - 1);
    expect(stale.status).toBe(412);
    expect(await eventAs(trainer, eventId)).toEqual(before);
    expect(sha256(await bytesOf(learner, eventId, attachmentId))).toBe(sha256(FILES.pdf.bytes));
    const notOrganiser = await materialsOf(ctx, learner, eventId).remove(attachmentId, version);
    expect(notOrganiser.status).toBe(403);

    const removed = await materials.remove(attachmentId, version);
    expect(removed.status).toBe(200);
    expect(await removed.json()).toMatchObject({ materials: [], version: version + 1 });
    const gone = await materials.download(attachmentId, link);
    expect(gone.status).toBe(404);
    expect((await problemOf(gone as unknown as Response)).code).toBe("material-not-found");
    expect(await keysUnder(`files/events/${eventId}/`)).toEqual([]);
    expect((await materials.remove(attachmentId, version + 1)).status).toBe(404);
  });
});
