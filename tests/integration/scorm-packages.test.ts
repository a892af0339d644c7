import { appDepsFromEnv, createScormApp } from "@alliance/api";
import { inspectScormPackage } from "@alliance/core/scorm-package";
import { beforeAll, describe, expect, inject, it } from "vitest";
import {
  type Caller,
  clientsOver,
  ifMatch,
  ok,
  problemOf,
  type TestContext,
  testContext,
} from "./support/context.ts";
import { courseApi, courseOf } from "./support/course-fixtures.ts";
import { learnerOf } from "./support/learning-fixtures.ts";
import {
  checkedPackage,
  manifestXml,
  SCO_PAGE,
  scormPackage,
  scormPackagesOf,
  uploadedPackage,
  zipOf,
} from "./support/scorm-fixtures.ts";
import { keysUnder } from "./support/upload-fixtures.ts";

/*
 * SCORM packages (decision 0084) through the real local S3 store and DynamoDB Local:
 * a presigned upload, the check and extraction, the verdict the trainer reads, and a
 * lesson that names a ready package.
 */
let ctx: TestContext;
let trainer: Caller;
let otherTrainer: Caller;
let learner: Caller;

beforeAll(async () => {
  ctx = await testContext();
  [trainer, otherTrainer, learner] = await Promise.all([
    ctx.newUser({ groups: ["trainer"] }),
    ctx.newUser({ groups: ["trainer"] }),
    ctx.newUser(),
  ]);
});

const draftCourse = async () => (await courseOf(ctx, trainer, { publish: false })).courseId;

describe("a SCORM package", () => {
  it("is checked and extracted under server-made keys, then ready", async () => {
    const courseId = await draftCourse();
    const zip = scormPackage("2004", { "css/site.css": "body { margin: 0 }" });
    const packageId = await uploadedPackage(ctx, trainer, courseId, zip);
    const packages = scormPackagesOf(ctx, trainer, courseId);

    const checked = await ok(packages.check(packageId));
    expect(checked).toMatchObject({
      packageId,
      status: "ready",
      standard: "2004",
      launchPath: "index.html",
      title: "Local prevention networks",
      fileCount: 3,
      fileName: "prevention-module.zip",
    });
    expect(checked.reason).toBeUndefined();
    expect((await keysUnder(`scorm/${courseId}/${packageId}/`)).sort()).toEqual([
      `scorm/${courseId}/${packageId}/css/site.css`,
      `scorm/${courseId}/${packageId}/imsmanifest.xml`,
      `scorm/${courseId}/${packageId}/index.html`,
    ]);
    const env = inject("apiEnv");
    const page = await fetch(
      `${env.S3_ENDPOINT}/${env.ATTACHMENTS_BUCKET}/scorm/${courseId}/${packageId}/index.html`,
    );
    expect(await page.text()).toBe(SCO_PAGE);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    // Neither the upload nor the checked zip is kept once extracted.
    expect(await keysUnder(`uploads/courses/${courseId}/scorm/${packageId}`)).toEqual([]);
    expect(await keysUnder(`files/courses/${courseId}/scorm/${packageId}`)).toEqual([]);

    // Checking again changes nothing; the status and the list say the same.
    expect(await ok(packages.check(packageId))).toEqual(checked);
    expect(await ok(packages.get(packageId))).toEqual(checked);
    expect((await ok(packages.list())).items).toEqual([checked]);
  });

  it("is refused with a one-line reason, and leaves no file behind", async () => {
    const courseId = await draftCourse();
    const cases: [Uint8Array, string][] = [
      [zipOf({ "index.html": SCO_PAGE }), "The package has no imsmanifest.xml at its root."],
      [
        zipOf({ "imsmanifest.xml": manifestXml("1.2", { sco: false }), "index.html": SCO_PAGE }),
        "The manifest names no launchable SCO",
      ],
      [
        zipOf({ "imsmanifest.xml": manifestXml("1.2"), "index.html": SCO_PAGE, "../x.html": "x" }),
        'The package holds a file outside its folder: "../x.html"',
      ],
    ];
    for (const [zip, reason] of cases) {
      const refused = await checkedPackage(ctx, trainer, courseId, zip);
      expect(refused.status).toBe("refused");
      expect(refused.reason).toContain(reason);
      expect(refused.reason).not.toContain("\n");
      expect(await keysUnder(`scorm/${courseId}/${refused.packageId}/`)).toEqual([]);
    }
  });

  it("is checked by the SCORM function's app alone, as API Gateway routes it", async () => {
    const courseId = await draftCourse();
    const packageId = await uploadedPackage(ctx, trainer, courseId, scormPackage("1.2"));
    const scormApp = createScormApp({
      ...appDepsFromEnv({ ...inject("apiEnv"), LOG_LEVEL: "SILENT" }),
      inspectScormPackage,
    });
    const viaFunction = clientsOver(async (_caller, input, init) => scormApp.request(input, init));
    const checked = await ok(scormPackagesOf(viaFunction, trainer, courseId).check(packageId));
    expect(checked).toMatchObject({ status: "ready", standard: "1.2" });
    // It serves nothing else.
    const other = await viaFunction.raw(trainer, "GET", `/api/courses/${courseId}/draft`);
    expect(other.status).toBe(404);
  });

  it("cannot be checked before it is uploaded, nor by another trainer", async () => {
    const courseId = await draftCourse();
    const packages = scormPackagesOf(ctx, trainer, courseId);
    const upload = await ok(
      packages.declare({ fileName: "m.zip", contentType: "application/zip", size: 1000 }),
    );
    const early = await packages.check(upload.attachmentId);
    expect(early.status).toBe(409);
    expect((await problemOf(early)).code).toBe("upload-missing");
    const packageId = await uploadedPackage(ctx, trainer, courseId);
    const stranger = await scormPackagesOf(ctx, otherTrainer, courseId).check(packageId);
    expect(stranger.status).toBe(404);
    const unknown = await packages.check("att_01J9ZC3V6D8R1F3W5S9K2M4N7P");
    expect(unknown.status).toBe(404);
    const tooBig = await packages.declare({
      fileName: "m.zip",
      contentType: "application/zip",
      size: 60 * 1024 * 1024,
    });
    expect(tooBig.status).toBe(400);
  });

  it("becomes a lesson only once ready, which a learner cannot mark done by hand", async () => {
    const courseId = await draftCourse();
    const { course, param } = courseApi(ctx, trainer, courseId);
    const draft = await ok(course.draft.$get({ param }));
    const moduleId = draft.modules[0]?.moduleId as string;
    const lessons = course.draft.modules[":moduleId"].lessons;
    const lessonParam = { ...param, moduleId };

    const refused = await checkedPackage(ctx, trainer, courseId, zipOf({ "a.html": "x" }));
    const wrong = await lessons.$post({
      param: lessonParam,
      json: {
        title: "Interactive module",
        content: { kind: "scorm", packageId: refused.packageId },
      },
      header: ifMatch(draft.version),
    });
    expect(wrong.status).toBe(400);
    expect((await problemOf(wrong)).errors?.[0]?.field).toBe("content.packageId");

    const ready = await checkedPackage(ctx, trainer, courseId);
    const added = await ok(
      lessons.$post({
        param: lessonParam,
        json: {
          title: "Interactive module",
          content: { kind: "scorm", packageId: ready.packageId },
        },
        header: ifMatch(draft.version),
      }),
    );
    const lesson = added.modules[0]?.lessons.at(-1);
    expect(lesson?.content).toEqual({ kind: "scorm", packageId: ready.packageId });

    // Published, a learner sees the lesson and cannot mark it done by hand.
    await ok(course.publish.$post({ param, header: ifMatch(added.version) }));
    const learning = learnerOf(ctx, learner, courseId);
    await ok(learning.enrolment.$put({ param: learning.param }));
    const scorm = learning.lesson(lesson?.lessonId as string);
    const page = await ok(scorm.lesson.$get({ param: scorm.param }));
    expect(page.lesson.content).toEqual({ kind: "scorm", packageId: ready.packageId });
    const byHand = await scorm.lesson.completion.$put({ param: scorm.param });
    expect(byHand.status).toBe(409);
    expect((await problemOf(byHand)).code).toBe("scorm-completes-by-package");
  });
});
