/// <reference path="./libraries.d.ts" />
import { DataIntegrityProof } from "@digitalcredentials/data-integrity";
import * as Ed25519Multikey from "@digitalcredentials/ed25519-multikey";
import { cryptosuite } from "@digitalcredentials/eddsa-rdfc-2022-cryptosuite";
import { securityLoader } from "@digitalcredentials/security-document-loader";
import * as vc from "@digitalcredentials/vc";
import {
  BitstringStatusList,
  createCredential,
  decodeList,
} from "@digitalcredentials/vc-bitstring-status-list";
import { z } from "zod";
import {
  type BadgeIssuer,
  type CredentialCheck,
  type CredentialJson,
  type IssuerKey,
  type OpenBadgesSuite,
  STATUS_LIST_LENGTH,
} from "./credential.ts";

/**
 * Signing and checking Open Badges 3.0 credentials: W3C VC Data Model 2.0, Data Integrity
 * proofs with the `eddsa-rdfc-2022` cryptosuite (decision 0066), with the Digital
 * Credentials Consortium's libraries. Heavy (JSON-LD, RDF canonicalisation): imported only
 * by the certificate function and the local server (`@alliance/core/open-badges`).
 */

const issuerKeySchema = z.object({
  publicKeyMultibase: z.string().regex(/^z6Mk[1-9A-HJ-NP-Za-km-z]+$/),
  secretKeyMultibase: z.string().regex(/^z[1-9A-HJ-NP-Za-km-z]+$/),
});

/** Reads a stored key (a JSON object); refuses anything else. */
export function parseIssuerKey(json: string): IssuerKey {
  return issuerKeySchema.parse(JSON.parse(json));
}

/** A new Ed25519 key pair: for a deployment's first start, a local key file, a test. */
export async function generateIssuerKey(): Promise<IssuerKey> {
  const pair = await Ed25519Multikey.generate();
  const exported = await pair.export({ publicKey: true, secretKey: true });
  return issuerKeySchema.parse(exported);
}

/**
 * Only what is bundled: the VC 2.0, OB 3.0, Data Integrity, DID and status list contexts,
 * and did:key. Nothing is fetched from the network (`fetchRemoteContexts: false`).
 */
const bundledDocuments = securityLoader({ fetchRemoteContexts: false }).build();

const loaded = (url: string, document: unknown) => ({
  contextUrl: null,
  documentUrl: url,
  document,
});

export async function createOpenBadgesSuite(
  issuer: BadgeIssuer,
  key: IssuerKey,
): Promise<OpenBadgesSuite> {
  const pair = await Ed25519Multikey.from({
    type: "Multikey",
    id: issuer.keyId,
    controller: issuer.did,
    publicKeyMultibase: key.publicKeyMultibase,
    secretKeyMultibase: key.secretKeyMultibase,
  });
  const method = await pair.export({ publicKey: true, includeContext: true });
  const { "@context": _context, ...methodInDocument } = method;
  const didDocument = {
    "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
    id: issuer.did,
    verificationMethod: [methodInDocument],
    assertionMethod: [issuer.keyId],
    authentication: [issuer.keyId],
  };

  /** Our own DID answered from memory; everything else bundled or refused. */
  const issuerDocuments = async (url: string) => {
    if (url === issuer.did) return loaded(url, didDocument);
    if (url === issuer.keyId) return loaded(url, method);
    return bundledDocuments(url);
  };

  const sign = (credential: CredentialJson) =>
    vc.issue({
      credential: structuredClone(credential),
      suite: new DataIntegrityProof({ signer: pair.signer(), cryptosuite }),
      documentLoader: issuerDocuments,
    });

  const reasons = (error: unknown): string[] => {
    const e = error as { message?: string; errors?: { message?: string }[] } | undefined;
    if (!e) return [];
    const inner = (e.errors ?? []).map((x) => x.message ?? String(x));
    return inner.length > 0 ? inner : [e.message ?? String(e)];
  };

  return {
    issuer,
    didDocument: () => structuredClone(didDocument),
    sign,

    async statusList(list, revokedPositions) {
      const bits = new BitstringStatusList({ length: STATUS_LIST_LENGTH });
      for (const position of revokedPositions) bits.setStatus(position, true);
      const unsigned = await createCredential({
        id: `${issuer.siteUrl}/api/badges/status-lists/${list}`,
        list: bits,
        statusPurpose: "revocation",
      });
      return sign({ ...unsigned, issuer: issuer.did, validFrom: new Date().toISOString() });
    },

    async verify(credential, loadStatusList): Promise<CredentialCheck> {
      const problems: string[] = [];
      const subject = credential as CredentialJson;
      const issuerField = subject?.issuer;
      const issuerId =
        typeof issuerField === "string"
          ? issuerField
          : (issuerField as { id?: unknown } | undefined)?.id;
      const fromUs = issuerId === issuer.did;
      if (!fromUs) problems.push(`The issuer is not ${issuer.did}.`);

      let revoked: boolean | null = null;
      const checkStatus = async ({ credential: c }: { credential: unknown }) => {
        try {
          revoked = await readRevocation(c as CredentialJson);
          return { verified: revoked === false };
        } catch (error) {
          problems.push(...reasons(error));
          return { verified: false, error };
        }
      };

      const readRevocation = async (c: CredentialJson): Promise<boolean> => {
        const status = c.credentialStatus as Record<string, unknown> | undefined;
        if (status?.type !== "BitstringStatusListEntry") {
          throw new Error("The credential has no BitstringStatusListEntry status.");
        }
        if (status.statusPurpose !== "revocation") {
          throw new Error("The credential's status purpose is not revocation.");
        }
        const position = Number(status.statusListIndex);
        if (!Number.isInteger(position) || position < 0 || position >= STATUS_LIST_LENGTH) {
          throw new Error("The credential's status list index is out of range.");
        }
        const listCredential =
          typeof status.statusListCredential === "string"
            ? await loadStatusList(status.statusListCredential)
            : undefined;
        if (!listCredential) throw new Error("The credential's status list is not this issuer's.");
        const listCheck = await vc.verifyCredential({
          credential: listCredential,
          suite: new DataIntegrityProof({ cryptosuite }),
          documentLoader: issuerDocuments,
        });
        if (!listCheck.verified || listCredential.issuer !== issuer.did) {
          throw new Error("The status list's signature does not verify.");
        }
        const listSubject = listCredential.credentialSubject as { encodedList: string };
        const bits = await decodeList({ encodedList: listSubject.encodedList });
        return bits.getStatus(position);
      };

      if (!fromUs) return { signature: false, issuer: false, revoked, problems };
      const result = await vc.verifyCredential({
        credential,
        suite: new DataIntegrityProof({ cryptosuite }),
        documentLoader: issuerDocuments,
        checkStatus,
      });
      const signatureResults = result.results ?? [];
      const signature =
        signatureResults.length > 0 && signatureResults.every((r) => r.verified === true);
      if (!result.verified && !signature) {
        problems.push(...reasons(result.error));
        for (const r of signatureResults) problems.push(...reasons(r.error));
      }
      if (revoked === true) problems.push("The credential was revoked.");
      return { signature, issuer: true, revoked, problems: [...new Set(problems)] };
    },
  };
}
