import { DEMO_CITIES } from "@alliance/dev";
import { beforeAll, describe, expect, it } from "vitest";
import { FILES, uploadedTo } from "./support/attachment-fixtures.ts";
import {
  type Caller,
  clientsOver,
  ifMatch,
  ok,
  problemOf,
  type TestContext,
  testContext,
} from "./support/context.ts";
import { countedApp } from "./support/counted-app.ts";
import {
  courseApi,
  courseDocument,
  courseOf,
  documentsOf,
  type NewLesson,
} from "./support/course-fixtures.ts";
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
  (await ok(ctx.api(caller).api.me.$get())).userId;
const mineOf = async (caller: Caller) => (await ctx.api(caller).api.courses.mine.$get()).json();
/** The course's routes as `caller`, and the lessons of its first module. */
const routesOf = (caller: Caller | undefined, course: { courseId: string; moduleId: string }) => {
  const { course: routes, param } = courseApi(ctx, caller, course.courseId);
  const addLesson = (json: NewLesson, version: number) =>
    routes.draft.modules[":moduleId"].lessons.$post({
      param: { ...param, moduleId: course.moduleId },
      json,
      header: ifMatch(version),
    });
  return { routes, param, addLesson };
};

describe("my courses and co-trainers", () => {
  it("lists a trainer's own courses, newest change first; an administrator sees every course", async () => {
    const first = await courseOf(ctx, trainer, { publish: false });
    const second = await courseOf(ctx, trainer, { fields: { title: "Multi-agency work" } });
    const others = await courseOf(ctx, otherTrainer, { publish: false });

    const mine = await mineOf(trainer);
    const ids = mine.items.map((course) => course.courseId);
    expect(ids.indexOf(second.courseId)).toBeLessThan(ids.indexOf(first.courseId));
    expect(ids).not.toContain(others.courseId);
    expect(mine.items.find((c) => c.courseId === second.courseId)).toEqual(
      expect.objectContaining({
        title: "Multi-agency work",
        status: "published",
        publishedVersion: 1,
      }),
    );

    const all = await mineOf(admin);
    expect(all.items.map((course) => course.courseId)).toEqual(
      expect.arrayContaining([first.courseId, second.courseId, others.courseId]),
    );
  });

  it("offers trainers as co-trainers and refuses anyone without the role, changing nothing", async () => {
    const list = await (await ctx.api(trainer).api.trainers.$get()).json();
    const otherId = await userIdOf(otherTrainer);
    expect(list.items.map((t) => t.userId)).toContain(otherId);
    expect(list.items.map((t) => t.userId)).not.toContain(await userIdOf(learner));

    const course = await courseOf(ctx, trainer, { publish: false });
    const { routes, param } = routesOf(trainer, course);
    const addTrainer = (userId: string) =>
      routes.trainers[":userId"].$put({
        param: { ...param, userId },
        header: ifMatch(course.version),
      });
    const refused = await addTrainer(await userIdOf(learner));
    expect(refused.status).toBe(409);
    expect((await problemOf(refused)).code).toBe("not-a-trainer");
    const unchanged = await (await routes.draft.$get({ param })).json();
    expect(unchanged.version).toBe(course.version);
    expect(unchanged.trainers).toHaveLength(1);

    await ok(addTrainer(otherId));
    const theirs = await mineOf(otherTrainer);
    expect(theirs.items.map((c) => c.courseId)).toContain(course.courseId);
  });
});

describe("citations of exchange items", () => {
  it("accepts published items only, naming the field, and lists the citing courses on the item", async () => {
    const cited = await itemIn(ctx, "published", contributor, admin);
    const draftItem = await itemIn(ctx, "draft", contributor, admin);
    const course = await courseOf(ctx, trainer, { publish: false });
    const { routes, param, addLesson } = routesOf(trainer, course);
    const lesson = (citations: string[]): NewLesson => ({
      title: "See how Aarhus did it",
      citations,
      content: { kind: "text", body: "Read the item, then discuss." },
    });

    for (const bad of [draftItem.itemId, "xch_01JD5EEDDEM0000000000000ZZ"]) {
      const refused = await addLesson(lesson([cited.itemId, bad]), course.version);
      expect(refused.status).toBe(400);
      const problem = await problemOf(refused);
      expect(problem.errors).toEqual([expect.objectContaining({ field: "citations" })]);
      expect(problem.errors?.[0]?.message).toContain(bad);
    }
    const unchanged = await (await routes.draft.$get({ param })).json();
    expect(unchanged.version).toBe(course.version);

    await ok(addLesson(lesson([cited.itemId]), course.version));
    const citingOver = (over: Pick<TestContext, "api">) =>
      over.api().api.exchange.items[":itemId"].courses.$get({ param: { itemId: cited.itemId } });
    const citing = () => citingOver(ctx);
    expect((await (await citing()).json()).items).toEqual([]);

    await ok(routes.publish.$post({ param, header: ifMatch(course.version + 1) }));
    const { app, counter } = countedApp();
    counter.requests = 0;
    const listed = await citingOver(
      clientsOver(async (_caller, input, init) => app.request(input, init)),
    );
    expect((await listed.json()).items).toEqual([
      expect.objectContaining({ courseId: course.courseId, title: expect.any(String) }),
    ]);
    expect(counter.requests).toBe(1);

    await ok(routes.unpublish.$post({ param, header: ifMatch(course.version + 2) }));
    expect((await (await citing()).json()).items).toEqual([]);
  });
});

describe("document lessons", () => {
  it("take a checked upload; anyone downloads it once published, only trainers before", async () => {
    const course = await courseOf(ctx, trainer, { publish: false });
    const { attachmentId, version } = await courseDocument(ctx, trainer, course.courseId);
    const { routes, param, addLesson } = routesOf(trainer, course);
    const draft = await (await routes.draft.$get({ param })).json();
    expect(draft.version).toBe(version);
    expect(draft.documents).toEqual([
      expect.objectContaining({
        attachmentId,
        fileName: FILES.pdf.fileName,
        size: FILES.pdf.bytes.length,
      }),
    ]);

    const unknown = await addLesson(
      {
        title: "Template",
        content: {
          kind: "document",
          fileName: "x.pdf",
          attachmentId: "att_01JD5EEDDEM0000000000000ZZ",
        },
      },
      version,
    );
    expect(unknown.status).toBe(400);
    expect((await problemOf(unknown)).errors).toEqual([
      expect.objectContaining({ field: "content.attachmentId" }),
    ]);

    const added = await ok(
      addLesson(
        { title: "Template", content: { kind: "document", fileName: "renamed.pdf", attachmentId } },
        version,
      ),
    );
    // The name comes from the upload, not from what the browser sent.
    expect(added.modules[0]?.lessons.at(-1)?.content).toMatchObject({
      fileName: FILES.pdf.fileName,
    });

    const download = (caller: Caller | undefined, query: { as?: "link" } = {}) =>
      documentsOf(ctx, caller, course.courseId).download(attachmentId, query);
    expect((await download(undefined)).status).toBe(404);
    const link = await download(trainer, { as: "link" });
    expect(link.status).toBe(200);
    const file = await fetch(((await link.json()) as { url: string }).url);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(FILES.pdf.bytes);
    expect(file.headers.get("content-disposition")).toContain("attachment");

    await ok(routes.publish.$post({ param, header: ifMatch(version + 1) }));
    expect((await download(undefined)).status).toBe(302);
    const page = await (await routesOf(undefined, course).routes.$get({ param })).json();
    expect(page.modules[0]?.lessons.at(-1)?.content).toEqual({
      kind: "document",
      fileName: FILES.pdf.fileName,
      attachmentId,
    });
  });

  it("refuses a file that is not what it says and a document lesson without a file at publication", async () => {
    const course = await courseOf(ctx, trainer, { publish: false });
    const documents = documentsOf(ctx, trainer, course.courseId);
    const { attachmentId } = await uploadedTo(documents.declare, FILES.png, {
      contentType: "application/pdf",
    });
    const refused = await documents.confirm(attachmentId);
    expect(refused.status).toBe(400);
    expect((await problemOf(refused)).errors).toEqual([
      expect.objectContaining({ field: "contentType" }),
    ]);
    const { routes, param, addLesson } = routesOf(trainer, course);
    const draft = await (await routes.draft.$get({ param })).json();
    expect(draft.documents).toEqual([]);
    expect(draft.version).toBe(course.version);

    await ok(
      addLesson(
        { title: "Handout", content: { kind: "document", fileName: "", attachmentId: null } },
        course.version,
      ),
    );
    const publish = await routes.publish.$post({ param, header: ifMatch(course.version + 1) });
    expect(publish.status).toBe(400);
    expect((await problemOf(publish)).errors).toEqual([
      expect.objectContaining({ field: "modules" }),
    ]);
    expect((await routesOf(undefined, course).routes.$get({ param })).status).toBe(404);
  });
});
