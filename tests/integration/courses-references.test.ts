import { DEMO_CITIES } from "@alliance/dev";
import { beforeAll, describe, expect, it } from "vitest";
import { FILES, uploadedTo } from "./support/attachment-fixtures.ts";
import { type Caller, type TestContext, testContext } from "./support/context.ts";
import { countedApp } from "./support/counted-app.ts";
import { courseDocument, courseOf, courses, documentsOf, step } from "./support/course-fixtures.ts";
import { itemIn } from "./support/exchange-fixtures.ts";

let ctx: TestContext;
let trainer: Caller;
let otherTrainer: Caller;
let admin: Caller;
let contributor: Caller;
let learner: Caller;

beforeAll(async () => {
  ctx = await testContext();
  [trainer, otherTrainer, admin, contributor, learner] = await Promise.all([
    ctx.newUser({ groups: ["trainer"] }),
    ctx.newUser({ groups: ["trainer"] }),
    ctx.newUser({ groups: ["admin"] }),
    ctx.newUser({ groups: ["contributor"], cityId: DEMO_CITIES[0]?.cityId }),
    ctx.newUser(),
  ]);
});

const userIdOf = async (caller: Caller): Promise<string> =>
  (await (await ctx.call(caller, "GET", "/api/me")).json()).userId;

describe("my courses and co-trainers", () => {
  it("lists a trainer's own courses, newest change first; an administrator sees every course", async () => {
    const first = await courseOf(ctx, trainer, { publish: false });
    const second = await courseOf(ctx, trainer, { fields: { title: "Multi-agency work" } });
    const others = await courseOf(ctx, otherTrainer, { publish: false });

    const mine = await (await ctx.call(trainer, "GET", `${courses}/mine`)).json();
    const ids = mine.items.map((course: { courseId: string }) => course.courseId);
    expect(ids.indexOf(second.courseId)).toBeLessThan(ids.indexOf(first.courseId));
    expect(ids).not.toContain(others.courseId);
    expect(mine.items.find((c: { courseId: string }) => c.courseId === second.courseId)).toEqual(
      expect.objectContaining({
        title: "Multi-agency work",
        status: "published",
        publishedVersion: 1,
      }),
    );

    const all = await (await ctx.call(admin, "GET", `${courses}/mine`)).json();
    expect(all.items.map((course: { courseId: string }) => course.courseId)).toEqual(
      expect.arrayContaining([first.courseId, second.courseId, others.courseId]),
    );
  });

  it("offers trainers as co-trainers and refuses anyone without the role, changing nothing", async () => {
    const list = await (await ctx.call(trainer, "GET", "/api/trainers")).json();
    const otherId = await userIdOf(otherTrainer);
    expect(list.items.map((t: { userId: string }) => t.userId)).toContain(otherId);
    expect(list.items.map((t: { userId: string }) => t.userId)).not.toContain(
      await userIdOf(learner),
    );

    const course = await courseOf(ctx, trainer, { publish: false });
    const refused = await ctx.call(
      trainer,
      "PUT",
      `${courses}/${course.courseId}/trainers/${await userIdOf(learner)}`,
      undefined,
      { "if-match": `"${course.version}"` },
    );
    expect(refused.status).toBe(409);
    expect((await refused.json()).code).toBe("not-a-trainer");
    const unchanged = await (
      await ctx.call(trainer, "GET", `${courses}/${course.courseId}/draft`)
    ).json();
    expect(unchanged.version).toBe(course.version);
    expect(unchanged.trainers).toHaveLength(1);

    await step(
      ctx,
      trainer,
      "PUT",
      `${courses}/${course.courseId}/trainers/${otherId}`,
      course.version,
    );
    const theirs = await (await ctx.call(otherTrainer, "GET", `${courses}/mine`)).json();
    expect(theirs.items.map((c: { courseId: string }) => c.courseId)).toContain(course.courseId);
  });
});

describe("citations of exchange items", () => {
  it("accepts published items only, naming the field, and lists the citing courses on the item", async () => {
    const cited = await itemIn(ctx, "published", contributor, admin);
    const draftItem = await itemIn(ctx, "draft", contributor, admin);
    const course = await courseOf(ctx, trainer, { publish: false });
    const lessons = `${courses}/${course.courseId}/draft/modules/${course.moduleId}/lessons`;
    const lesson = (citations: string[]) => ({
      title: "See how Aarhus did it",
      citations,
      content: { kind: "text", body: "Read the item, then discuss." },
    });

    for (const bad of [draftItem.itemId, "xch_01JD5EEDDEM0000000000000ZZ"]) {
      const refused = await ctx.call(trainer, "POST", lessons, lesson([cited.itemId, bad]), {
        "if-match": `"${course.version}"`,
      });
      expect(refused.status).toBe(400);
      const problem = await refused.json();
      expect(problem.errors).toEqual([expect.objectContaining({ field: "citations" })]);
      expect(problem.errors[0].message).toContain(bad);
    }
    const unchanged = await (
      await ctx.call(trainer, "GET", `${courses}/${course.courseId}/draft`)
    ).json();
    expect(unchanged.version).toBe(course.version);

    await step(ctx, trainer, "POST", lessons, course.version, lesson([cited.itemId]));
    const citing = `/api/exchange/items/${cited.itemId}/courses`;
    expect((await (await ctx.call(undefined, "GET", citing)).json()).items).toEqual([]);

    await step(ctx, trainer, "POST", `${courses}/${course.courseId}/publish`, course.version + 1);
    const { app, counter } = countedApp();
    counter.requests = 0;
    const listed = await app.request(citing);
    expect((await listed.json()).items).toEqual([
      expect.objectContaining({ courseId: course.courseId, title: expect.any(String) }),
    ]);
    expect(counter.requests).toBe(1);

    await step(ctx, trainer, "POST", `${courses}/${course.courseId}/unpublish`, course.version + 2);
    expect((await (await ctx.call(undefined, "GET", citing)).json()).items).toEqual([]);
  });
});

describe("document lessons", () => {
  it("take a checked upload; anyone downloads it once published, only trainers before", async () => {
    const course = await courseOf(ctx, trainer, { publish: false });
    const { attachmentId, version } = await courseDocument(ctx, trainer, course.courseId);
    const draft = await (
      await ctx.call(trainer, "GET", `${courses}/${course.courseId}/draft`)
    ).json();
    expect(draft.version).toBe(version);
    expect(draft.documents).toEqual([
      expect.objectContaining({
        attachmentId,
        fileName: FILES.pdf.fileName,
        size: FILES.pdf.bytes.length,
      }),
    ]);

    const lessons = `${courses}/${course.courseId}/draft/modules/${course.moduleId}/lessons`;
    const unknown = await ctx.call(
      trainer,
      "POST",
      lessons,
      {
        title: "Template",
        content: {
          kind: "document",
          fileName: "x.pdf",
          attachmentId: "att_01JD5EEDDEM0000000000000ZZ",
        },
      },
      { "if-match": `"${version}"` },
    );
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).errors).toEqual([
      expect.objectContaining({ field: "content.attachmentId" }),
    ]);

    const added = await step(ctx, trainer, "POST", lessons, version, {
      title: "Template",
      content: { kind: "document", fileName: "renamed.pdf", attachmentId },
    });
    // The name comes from the upload, not from what the browser sent.
    expect(added.modules[0].lessons.at(-1).content.fileName).toBe(FILES.pdf.fileName);

    const download = `${courses}/${course.courseId}/documents/${attachmentId}`;
    expect((await ctx.call(undefined, "GET", download)).status).toBe(404);
    const link = await ctx.call(trainer, "GET", `${download}?as=link`);
    expect(link.status).toBe(200);
    const file = await fetch((await link.json()).url);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(FILES.pdf.bytes);
    expect(file.headers.get("content-disposition")).toContain("attachment");

    await step(ctx, trainer, "POST", `${courses}/${course.courseId}/publish`, version + 1);
    expect((await ctx.call(undefined, "GET", download)).status).toBe(302);
    const page = await (await ctx.call(undefined, "GET", `${courses}/${course.courseId}`)).json();
    expect(page.modules[0].lessons.at(-1).content).toEqual({
      kind: "document",
      fileName: FILES.pdf.fileName,
      attachmentId,
    });
  });

  it("refuses a file that is not what it says and a document lesson without a file at publication", async () => {
    const course = await courseOf(ctx, trainer, { publish: false });
    const base = documentsOf(course.courseId);
    const { attachmentId } = await uploadedTo(ctx, trainer, base, FILES.png, {
      contentType: "application/pdf",
    });
    const refused = await ctx.call(trainer, "POST", `${base}/${attachmentId}/confirm`);
    expect(refused.status).toBe(400);
    expect((await refused.json()).errors).toEqual([
      expect.objectContaining({ field: "contentType" }),
    ]);
    const draft = await (
      await ctx.call(trainer, "GET", `${courses}/${course.courseId}/draft`)
    ).json();
    expect(draft.documents).toEqual([]);
    expect(draft.version).toBe(course.version);

    const lessons = `${courses}/${course.courseId}/draft/modules/${course.moduleId}/lessons`;
    await step(ctx, trainer, "POST", lessons, course.version, {
      title: "Handout",
      content: { kind: "document", fileName: "", attachmentId: null },
    });
    const publish = await ctx.call(
      trainer,
      "POST",
      `${courses}/${course.courseId}/publish`,
      undefined,
      {
        "if-match": `"${course.version + 1}"`,
      },
    );
    expect(publish.status).toBe(400);
    expect((await publish.json()).errors).toEqual([expect.objectContaining({ field: "modules" })]);
    expect((await ctx.call(undefined, "GET", `${courses}/${course.courseId}`)).status).toBe(404);
  });
});
