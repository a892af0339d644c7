/// <reference path="../../packages/core/src/learning/open-badges/libraries.d.ts" />
import { ENV } from "@alliance/core";
import { DataIntegrityProof } from "@digitalcredentials/data-integrity";
import { cryptosuite } from "@digitalcredentials/eddsa-rdfc-2022-cryptosuite";
import { securityLoader } from "@digitalcredentials/security-document-loader";
import { verifyCredential } from "@digitalcredentials/vc";
import { checkStatus } from "@digitalcredentials/vc-bitstring-status-list";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { type Caller, ok, type TestContext, testContext } from "./support/context.ts";
import { courseOf } from "./support/course-fixtures.ts";
import { learnerOf, lessonIdsOf, RIGHT } from "./support/learning-fixtures.ts";

type Json = Record<string, unknown>;

let ctx: TestContext;
let trainer: Caller;
let admin: Caller;
const site = () => inject("apiEnv")[ENV.publicSiteUrl] as string;

/** A new learner with a certificate of a new course. */
async function certified(): Promise<{ learner: Caller; code: string }> {
  const learner = await ctx.newUser();
  const { courseId } = await courseOf(ctx, trainer);
  const [textId, quizId] = (await lessonIdsOf(ctx, courseId)) as [string, string];
  const mine = learnerOf(ctx, learner, courseId);
  await ok(mine.enrolment.$put({ param: mine.param }));
  const text = mine.lesson(textId);
  await ok(text.lesson.completion.$put({ param: text.param }));
  const quiz = mine.lesson(quizId);
  const passed = await ok(quiz.lesson.attempts.$post({ param: quiz.param, json: RIGHT }));
  return { learner, code: passed.progress.certificateCode as string };
}

async function credentialOf(learner: Caller, code: string): Promise<Json> {
  const response = await ctx.raw(learner, "GET", `/api/me/certificates/${code}/credential`);
  expect(response.status).toBe(200);
  return (await response.json()) as Json;
}

const verification = async (body: unknown) => {
  const response = await ctx.raw(undefined, "POST", "/api/badges/verifications", body);
  return { status: response.status, body: (await response.json()) as Json };
};

/**
 * A verifier that shares nothing with the API's verification but the libraries: it
 * resolves the issuer's did:web and the status list by their published URLs, through
 * HTTP requests to the API, with the bundled contexts only.
 */
async function independentlyVerify(credential: unknown) {
  const bundled = securityLoader({ fetchRemoteContexts: false }).build();
  const origin = site();
  const fetchJson = async (url: string) => {
    expect(url.startsWith(`${origin}/api/`)).toBe(true);
    const response = await ctx.raw(undefined, "GET", url.slice(origin.length));
    expect(response.status).toBe(200);
    return response.json();
  };
  const documentLoader = async (url: string) => {
    if (url.startsWith("did:web:")) {
      // did:web → https://host/path/did.json; the host is the site's, served by the API.
      const [did, fragment] = url.split("#");
      const path = (did as string).split(":").slice(3).join("/");
      const document = (await fetchJson(`${origin}/${path}/did.json`)) as Json;
      if (!fragment) return { documentUrl: url, document };
      const methods = document.verificationMethod as Json[];
      const method = methods.find((m) => m.id === url);
      return {
        documentUrl: url,
        document: { "@context": "https://w3id.org/security/multikey/v1", ...method },
      };
    }
    if (url.startsWith(`${origin}/api/badges/status-lists/`)) {
      return { documentUrl: url, document: await fetchJson(url) };
    }
    return bundled(url);
  };
  const suite = new DataIntegrityProof({ cryptosuite });
  return verifyCredential({
    credential,
    suite,
    documentLoader,
    checkStatus: (options: object) => checkStatus({ ...options, suite, documentLoader }),
  });
}

beforeAll(async () => {
  ctx = await testContext();
  trainer = await ctx.newUser({ groups: ["trainer"] });
  admin = await ctx.newUser({ groups: ["admin"] });
});

describe("Open Badges 3.0 credentials of certificates", () => {
  it("the holder downloads a signed OpenBadgeCredential that an independent verifier accepts", async () => {
    const { learner, code } = await certified();
    const response = await ctx.raw(learner, "GET", `/api/me/certificates/${code}/credential`);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="open-badge-${code}.json"`,
    );
    const credential = (await response.json()) as Json;
    expect(credential).toMatchObject({
      "@context": [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
      ],
      id: `${site()}/verify/${code}`,
      type: ["VerifiableCredential", "OpenBadgeCredential"],
      issuer: { type: ["Profile"], name: "Alliance Academy", url: site() },
      credentialSubject: { type: ["AchievementSubject"] },
      credentialStatus: { type: "BitstringStatusListEntry", statusPurpose: "revocation" },
      proof: { type: "DataIntegrityProof", cryptosuite: "eddsa-rdfc-2022" },
    });
    const result = await independentlyVerify(credential);
    expect(result.error).toBeUndefined();
    expect(result.verified).toBe(true);

    const ours = await verification({ credential });
    expect(ours).toEqual({
      status: 200,
      body: {
        verified: true,
        signature: true,
        issuer: true,
        revoked: false,
        certificateCode: code,
        problems: [],
      },
    });
    expect((await verification({ code })).body).toMatchObject({ verified: true, revoked: false });
    // The same status index on a second download.
    const again = await credentialOf(learner, code);
    expect(again.credentialStatus).toEqual(credential.credentialStatus);
  });

  it("a tampered credential fails both verifiers", async () => {
    const { learner, code } = await certified();
    const credential = await credentialOf(learner, code);
    const tampered = { ...credential, validFrom: "2020-01-01T00:00:00Z" };
    expect((await independentlyVerify(tampered)).verified).toBe(false);
    const ours = await verification({ credential: tampered });
    expect(ours.status).toBe(200);
    expect(ours.body).toMatchObject({ verified: false, signature: false, certificateCode: null });
  });

  it("a certificate withdrawn by an administrator verifies as revoked, in both verifiers", async () => {
    const { learner, code } = await certified();
    const credential = await credentialOf(learner, code);
    const withdrawn = await ctx.raw(admin, "POST", `/api/admin/certificates/${code}/revocation`);
    expect(withdrawn.status).toBe(200);
    expect(await withdrawn.json()).toMatchObject({ status: "revoked", revokedReason: "withdrawn" });

    const result = await independentlyVerify(credential);
    expect(result.verified).toBe(false);
    expect(result.statusResult?.verified).toBe(false);
    expect((await verification({ credential })).body).toMatchObject({
      verified: false,
      signature: true,
      issuer: true,
      revoked: true,
    });
    expect((await verification({ code })).body).toMatchObject({ verified: false, revoked: true });
    const download = await ctx.raw(learner, "GET", `/api/me/certificates/${code}/credential`);
    expect(download.status).toBe(404);
    // Withdrawing twice changes nothing.
    const twice = await ctx.raw(admin, "POST", `/api/admin/certificates/${code}/revocation`);
    expect(twice.status).toBe(200);
  });

  it("deleting one's account revokes one's credentials", async () => {
    const { learner, code } = await certified();
    const credential = await credentialOf(learner, code);
    expect((await ctx.raw(learner, "DELETE", "/api/me")).status).toBe(204);
    expect((await verification({ credential })).body).toMatchObject({
      verified: false,
      signature: true,
      revoked: true,
    });
    expect((await independentlyVerify(credential)).verified).toBe(false);
  });

  it("publishes the issuer's did:web document and the status list at stable URLs", async () => {
    const did = (await (await ctx.raw(undefined, "GET", "/api/badges/did.json")).json()) as Json;
    const host = encodeURIComponent(new URL(site()).host);
    expect(did.id).toBe(`did:web:${host}:api:badges`);
    expect(did.assertionMethod).toEqual([`did:web:${host}:api:badges#key-1`]);
    const list = await ctx.raw(undefined, "GET", "/api/badges/status-lists/1");
    expect(list.status).toBe(200);
    expect(await list.json()).toMatchObject({
      type: ["VerifiableCredential", "BitstringStatusListCredential"],
      issuer: did.id,
      credentialSubject: { type: "BitstringStatusList", statusPurpose: "revocation" },
    });
  });

  it("a credential of another issuer, or not a credential at all, is not verified (and no 500)", async () => {
    const elsewhere = {
      ...(await credentialOf(...(Object.values(await certified()) as [Caller, string]))),
      issuer: "did:web:elsewhere.example",
    };
    expect((await verification({ credential: elsewhere })).body).toMatchObject({
      verified: false,
      issuer: false,
    });
    for (const credential of [
      {},
      { "@context": 5 },
      { "@context": ["https://evil.example/ctx"], issuer: "x" },
    ]) {
      const answer = await verification({ credential });
      expect(answer.status).toBe(200);
      expect(answer.body.verified).toBe(false);
    }
  });

  it("bad input is a 400 naming the field, an unknown list or code a 404", async () => {
    for (const body of [{}, { code: "ALC-7K3M-9QX2-PT4D", credential: {} }, { credential: "x" }]) {
      const answer = await verification(body);
      expect(answer.status).toBe(400);
      expect(JSON.stringify(answer.body.errors)).toContain("credential");
    }
    expect((await verification({ code: "nope" })).status).toBe(400);
    expect((await verification({ code: "ALC-0000-0000-0000" })).status).toBe(404);
    expect((await ctx.raw(undefined, "GET", "/api/badges/status-lists/0")).status).toBe(400);
    expect((await ctx.raw(undefined, "GET", "/api/badges/status-lists/abc")).status).toBe(400);
    expect((await ctx.raw(undefined, "GET", "/api/badges/status-lists/99999")).status).toBe(404);
    const huge = { credential: { padding: "x".repeat(70 * 1024) } };
    expect([400, 413]).toContain((await verification(huge)).status);
  });
});
