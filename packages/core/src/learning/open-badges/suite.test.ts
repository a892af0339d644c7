/// <reference path="./libraries.d.ts" />
import { DataIntegrityProof } from "@digitalcredentials/data-integrity";
import { cryptosuite } from "@digitalcredentials/eddsa-rdfc-2022-cryptosuite";
import { securityLoader } from "@digitalcredentials/security-document-loader";
import { verifyCredential } from "@digitalcredentials/vc";
import { checkStatus } from "@digitalcredentials/vc-bitstring-status-list";
import { beforeAll, describe, expect, it } from "vitest";
import {
  badgeIssuer,
  type CredentialJson,
  certificateCredential,
  type OpenBadgesSuite,
} from "./credential.ts";
import { createOpenBadgesSuite, generateIssuerKey, parseIssuerKey } from "./suite.ts";

const issuer = badgeIssuer("https://academy.example.org");
const certificate = {
  code: "ALC-7K3M-9QX2-PT4D",
  courseId: "crs_01JABCDEFGHJKMNPQRSTVWXYZ0",
  courseTitle: "Preventing radicalisation: first steps",
  versionNumber: 2,
  holderName: "Ana Pérez",
  issuedAt: "2026-11-30T10:00:00.000Z",
  language: "en",
};

let suite: OpenBadgesSuite;
const lists = new Map<string, CredentialJson>();

/**
 * An independent check: the libraries' own verification with the bundled contexts, the DID
 * document as published and the status list as published, not the suite's verify.
 */
async function independentlyVerify(credential: unknown) {
  const bundled = securityLoader({ fetchRemoteContexts: false }).build();
  const didDocument = suite.didDocument() as { verificationMethod: CredentialJson[] };
  const documentLoader = async (url: string) => {
    if (url === issuer.did) return { documentUrl: url, document: didDocument };
    if (url === issuer.keyId) {
      const method = didDocument.verificationMethod[0];
      return {
        documentUrl: url,
        document: { "@context": "https://w3id.org/security/multikey/v1", ...method },
      };
    }
    const list = lists.get(url);
    if (list) return { documentUrl: url, document: list };
    return bundled(url);
  };
  return verifyCredential({
    credential,
    suite: new DataIntegrityProof({ cryptosuite }),
    documentLoader,
    checkStatus: (options: object) =>
      checkStatus({ ...options, suite: new DataIntegrityProof({ cryptosuite }), documentLoader }),
  });
}

beforeAll(async () => {
  suite = await createOpenBadgesSuite(issuer, await generateIssuerKey());
  const url = `${issuer.siteUrl}/api/badges/status-lists/1`;
  lists.set(url, await suite.statusList(1, [7]));
});

const ownLists = async (url: string) => lists.get(url);

describe("Open Badges 3.0 credentials", () => {
  it("signs an OpenBadgeCredential that an independent verifier accepts", async () => {
    const signed = await suite.sign(certificateCredential(issuer, certificate, 3));
    expect(signed.type).toEqual(["VerifiableCredential", "OpenBadgeCredential"]);
    expect(signed.proof).toMatchObject({
      type: "DataIntegrityProof",
      cryptosuite: "eddsa-rdfc-2022",
      verificationMethod: issuer.keyId,
      proofPurpose: "assertionMethod",
    });
    const result = await independentlyVerify(signed);
    expect(result.error).toBeUndefined();
    expect(result.verified).toBe(true);
    expect(await suite.verify(signed, ownLists)).toEqual({
      signature: true,
      issuer: true,
      revoked: false,
      problems: [],
    });
  });

  it("a tampered credential fails both verifiers", async () => {
    const signed = await suite.sign(certificateCredential(issuer, certificate, 3));
    const subject = signed.credentialSubject as { name: string };
    const tampered = { ...signed, credentialSubject: { ...subject, name: "Someone Else" } };
    expect((await independentlyVerify(tampered)).verified).toBe(false);
    const check = await suite.verify(tampered, ownLists);
    expect(check.signature).toBe(false);
    expect(check.problems.length).toBeGreaterThan(0);
  });

  it("a revoked credential reports revoked, to both verifiers", async () => {
    const signed = await suite.sign(certificateCredential(issuer, certificate, 7));
    const result = await independentlyVerify(signed);
    expect(result.verified).toBe(false);
    expect(result.statusResult?.verified).toBe(false);
    const check = await suite.verify(signed, ownLists);
    expect(check).toMatchObject({ signature: true, issuer: true, revoked: true });
  });

  it("a credential signed by another key, in this issuer's name, fails", async () => {
    const other = await createOpenBadgesSuite(issuer, await generateIssuerKey());
    const forged = await other.sign(certificateCredential(issuer, certificate, 3));
    expect((await suite.verify(forged, ownLists)).signature).toBe(false);
    expect((await independentlyVerify(forged)).verified).toBe(false);
  });

  it("another issuer's credential is not ours", async () => {
    const elsewhere = badgeIssuer("https://elsewhere.example.com");
    const other = await createOpenBadgesSuite(elsewhere, await generateIssuerKey());
    const theirs = await other.sign(certificateCredential(elsewhere, certificate, 3));
    expect(await suite.verify(theirs, ownLists)).toMatchObject({ signature: false, issuer: false });
  });

  it("refuses a malformed key", () => {
    expect(() => parseIssuerKey('{"publicKeyMultibase":"x"}')).toThrow();
  });
});
