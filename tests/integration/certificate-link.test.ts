import { ENV } from "@alliance/core";
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from "pdf-lib";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { type Caller, ok, type TestContext, testContext } from "./support/context.ts";
import { courseOf } from "./support/course-fixtures.ts";
import { learnerOf, lessonIdsOf, RIGHT } from "./support/learning-fixtures.ts";

let ctx: TestContext;
let learner: Caller;
let code: string;

beforeAll(async () => {
  ctx = await testContext();
  const trainer = await ctx.newUser({ groups: ["trainer"] });
  learner = await ctx.newUser();
  const { courseId } = await courseOf(ctx, trainer);
  const [textId, quizId] = (await lessonIdsOf(ctx, courseId)) as [string, string];
  const mine = learnerOf(ctx, learner, courseId);
  await ok(mine.enrolment.$put({ param: mine.param }));
  const text = mine.lesson(textId);
  await ok(text.lesson.completion.$put({ param: text.param }));
  const quiz = mine.lesson(quizId);
  const passed = await ok(quiz.lesson.attempts.$post({ param: quiz.param, json: RIGHT }));
  code = passed.progress.certificateCode as string;
});

/** The addresses the PDF's link annotations open. */
async function linksOf(pdf: ArrayBuffer): Promise<string[]> {
  const page = (await PDFDocument.load(pdf)).getPage(0);
  const annotations = page.node.lookupMaybe(PDFName.of("Annots"), PDFArray)?.asArray() ?? [];
  return annotations.map((ref) => {
    const action = page.doc.context.lookup(ref, PDFDict).lookup(PDFName.of("A"), PDFDict);
    return action.lookup(PDFName.of("URI"), PDFString).decodeText();
  });
}

describe("the certificate's verification link", () => {
  it("points at the configured public site, whatever host the request names", async () => {
    const response = await ctx.app.request(`http://evil.example/api/me/certificates/${code}`, {
      headers: {
        authorization: `Bearer ${learner.token}`,
        host: "evil.example",
        "x-forwarded-host": "evil.example",
        "x-forwarded-proto": "http",
        forwarded: "host=evil.example;proto=http",
      },
    });
    expect(response.status).toBe(200);

    const site = inject("apiEnv")[ENV.publicSiteUrl];
    expect(site).toMatch(/^http:\/\/localhost:\d+$/);
    expect(await linksOf(await response.arrayBuffer())).toEqual([`${site}/verify/${code}`]);
  });
});
