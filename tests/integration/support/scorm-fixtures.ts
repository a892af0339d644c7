import { scormPackage } from "../../../packages/core/src/academy/scorm/scorm-package.fixture.ts";
import { type Caller, ifMatch, ok, type TestContext } from "./context.ts";

export {
  manifestXml,
  SCO_PAGE,
  scormPackage,
  zipOf,
} from "../../../packages/core/src/academy/scorm/scorm-package.fixture.ts";

/** The course's SCORM package routes as `caller`, typed. */
export const scormPackagesOf = (
  ctx: Pick<TestContext, "api">,
  caller: Caller | undefined,
  courseId: string,
) => {
  const packages = ctx.api(caller).api.courses[":courseId"].draft["scorm-packages"];
  return {
    declare: (json: Parameters<typeof packages.$post>[0]["json"]) =>
      packages.$post({ param: { courseId }, json }),
    list: () => packages.$get({ param: { courseId } }),
    get: (packageId: string) => packages[":packageId"].$get({ param: { courseId, packageId } }),
    check: (packageId: string) =>
      packages[":packageId"].check.$post({ param: { courseId, packageId } }),
  };
};

/** Declares `zip` as a package of the course and PUTs it, as the browser does: answers its id. */
export async function uploadedPackage(
  ctx: Pick<TestContext, "api">,
  trainer: Caller,
  courseId: string,
  zip: Uint8Array = scormPackage("1.2"),
): Promise<string> {
  const upload = await ok(
    scormPackagesOf(ctx, trainer, courseId).declare({
      fileName: "prevention-module.zip",
      contentType: "application/zip",
      size: zip.length,
    }),
  );
  const put = await fetch(upload.uploadUrl, {
    method: upload.method,
    headers: upload.headers,
    body: new Uint8Array(zip),
  });
  if (put.status !== 200) throw new Error(`PUT of the package: ${put.status}`);
  return upload.attachmentId;
}

/** A package uploaded and checked (ready unless the zip is refused): answers it. */
export async function checkedPackage(
  ctx: Pick<TestContext, "api">,
  trainer: Caller,
  courseId: string,
  zip?: Uint8Array,
) {
  const packageId = await uploadedPackage(ctx, trainer, courseId, zip);
  return ok(scormPackagesOf(ctx, trainer, courseId).check(packageId));
}

/**
 * A published course of `trainer` whose one module holds one lesson: a SCORM lesson of a
 * ready package of `standard` (or of `zip`). Answers the course, lesson and package ids.
 */
export async function scormCourseOf(
  ctx: TestContext,
  trainer: Caller,
  standard: "1.2" | "2004" = "1.2",
  zip: Uint8Array = scormPackage(standard),
) {
  const { courseId } = await ok(
    ctx.api(trainer).api.courses.$post({ json: { title: "Interactive prevention module" } }),
  );
  const course = ctx.api(trainer).api.courses[":courseId"];
  const param = { courseId };
  const withModule = await ok(
    course.draft.modules.$post({ param, json: { title: "Module" }, header: ifMatch(1) }),
  );
  const moduleId = withModule.modules[0]?.moduleId as string;
  const { packageId } = await checkedPackage(ctx, trainer, courseId, zip);
  const draft = await ok(course.draft.$get({ param }));
  const added = await ok(
    course.draft.modules[":moduleId"].lessons.$post({
      param: { courseId, moduleId },
      json: { title: "Interactive module", content: { kind: "scorm", packageId } },
      header: ifMatch(draft.version),
    }),
  );
  await ok(course.publish.$post({ param, header: ifMatch(added.version) }));
  const lessonId = added.modules[0]?.lessons[0]?.lessonId as string;
  return { courseId, lessonId, packageId };
}
