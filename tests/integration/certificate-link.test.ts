import { appDepsFromEnv, createCertificateApp, openBadgesFromEnv } from "@alliance/api";
import { ENV } from "@alliance/core";
import { renderCertificatePdf } from "@alliance/core/certificate-pdf";
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

describe("the certificate function (decision 0028)", () => {
  const certificateApp = () =>
    createCertificateApp({
      ...appDepsFromEnv({ ...inject("apiEnv"), LOG_LEVEL: "SILENT" }),
      renderCertificatePdf,
      openBadges: openBadgesFromEnv(inject("apiEnv")),
    });

  it("serves the same PDF as the whole API, through the same middleware", async () => {
    const headers = { authorization: `Bearer ${learner.token}` };
    const path = `/api/me/certificates/${code}`;
    const [alone, whole] = await Promise.all([
      certificateApp().request(path, { headers }),
      ctx.app.request(path, { headers }),
    ]);

    expect(alone.status).toBe(200);
    expect(alone.headers.get("content-type")).toBe("application/pdf");
    for (const name of ["content-disposition", "cache-control", "content-security-policy"]) {
      expect(alone.headers.get(name), name).toBe(whole.headers.get(name));
    }
    expect(alone.headers.get("x-request-id")).toMatch(/\S/);
    expect(Buffer.from(await alone.arrayBuffer())).toEqual(Buffer.from(await whole.arrayBuffer()));
  });

  it("refuses an anonymous caller and serves no other route", async () => {
    const app = certificateApp();
    const anonymous = await app.request(`/api/me/certificates/${code}`);
    const other = await app.request("/api/me", {
      headers: { authorization: `Bearer ${learner.token}` },
    });

    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(other.status).toBe(404);
  });
});
