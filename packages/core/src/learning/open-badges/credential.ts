import type { Certificate } from "../certificate.entity.ts";

/**
 * Open Badges 3.0 credentials of certificates (decision 0066): what a credential says,
 * built here from a certificate without any of the signing libraries, which live in
 * `./suite.ts` (`@alliance/core/open-badges`) and reach the app only in the certificate
 * function (decision 0028).
 */

/** The issuer's Ed25519 key pair as Multikey multibase strings (one JSON object). */
export interface IssuerKey {
  publicKeyMultibase: string;
  secretKeyMultibase: string;
}

/** Bits per status list: the Bitstring Status List's minimum (16 KiB), so lists stay private. */
export const STATUS_LIST_LENGTH = 131_072;

export const OB3_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
export const VC2_CONTEXT = "https://www.w3.org/ns/credentials/v2";

/** Where the issuer publishes itself: a `did:web` under the site's `/api/badges` path. */
export interface BadgeIssuer {
  did: string;
  keyId: string;
  siteUrl: string;
  name: string;
}

/**
 * `did:web:<host>:api:badges`, which resolves to `<site>/api/badges/did.json` (did:web
 * maps path segments to folders): the path the site already sends to the API.
 */
export function badgeIssuer(publicSiteUrl: string): BadgeIssuer {
  const url = new URL(publicSiteUrl);
  const did = `did:web:${encodeURIComponent(url.host)}:api:badges`;
  return {
    did,
    keyId: `${did}#key-1`,
    siteUrl: url.origin,
    name: "Alliance Academy",
  };
}

export const statusListUrl = (issuer: BadgeIssuer, list: number) =>
  `${issuer.siteUrl}/api/badges/status-lists/${list}`;

/** A global status index (0, 1, …) as its list (1, 2, …) and position in it. */
export function statusPosition(index: number) {
  return { list: Math.floor(index / STATUS_LIST_LENGTH) + 1, position: index % STATUS_LIST_LENGTH };
}

export type CredentialJson = Record<string, unknown>;

/** The unsigned OpenBadgeCredential of a certificate whose status index is assigned. */
export function certificateCredential(
  issuer: BadgeIssuer,
  certificate: Pick<
    Certificate,
    "code" | "courseId" | "courseTitle" | "versionNumber" | "holderName" | "issuedAt" | "language"
  >,
  statusIndex: number,
): CredentialJson {
  const { list, position } = statusPosition(statusIndex);
  const listUrl = statusListUrl(issuer, list);
  const verifyUrl = `${issuer.siteUrl}/verify/${encodeURIComponent(certificate.code)}`;
  const courseUrl = `${issuer.siteUrl}/courses/${encodeURIComponent(certificate.courseId)}`;
  const version = certificate.versionNumber;
  return {
    "@context": [VC2_CONTEXT, OB3_CONTEXT],
    id: verifyUrl,
    type: ["VerifiableCredential", "OpenBadgeCredential"],
    name: certificate.courseTitle,
    issuer: {
      id: issuer.did,
      type: ["Profile"],
      name: issuer.name,
      url: issuer.siteUrl,
    },
    validFrom: certificate.issuedAt,
    credentialSubject: {
      type: ["AchievementSubject"],
      name: certificate.holderName,
      identifier: [
        {
          type: "IdentityObject",
          identityType: "name",
          hashed: false,
          identityHash: certificate.holderName,
        },
      ],
      achievement: {
        id: `${courseUrl}/versions/${version}`,
        type: ["Achievement"],
        achievementType: "Certificate",
        name: certificate.courseTitle,
        description: `Completion of version ${version} of the course "${certificate.courseTitle}" of the ${issuer.name}.`,
        criteria: {
          narrative: `Complete every lesson of version ${version} of the course and pass each of its quizzes.`,
        },
        inLanguage: certificate.language,
      },
    },
    evidence: [
      {
        id: `${verifyUrl}#completion`,
        type: ["Evidence"],
        name: "Course completion",
        description: `Completed version ${version} of "${certificate.courseTitle}" (course ${certificate.courseId}) on ${certificate.issuedAt}; certificate ${certificate.code}.`,
      },
    ],
    credentialStatus: {
      id: `${listUrl}#${position}`,
      type: "BitstringStatusListEntry",
      statusPurpose: "revocation",
      statusListIndex: String(position),
      statusListCredential: listUrl,
    },
  };
}

/** What a verification found; `revoked` is null when the status could not be read. */
export interface CredentialCheck {
  signature: boolean;
  issuer: boolean;
  revoked: boolean | null;
  problems: string[];
}

/** The signing and checking half, loaded only where it runs (`@alliance/core/open-badges`). */
export interface OpenBadgesSuite {
  readonly issuer: BadgeIssuer;
  didDocument(): CredentialJson;
  sign(credential: CredentialJson): Promise<CredentialJson>;
  /** A signed BitstringStatusListCredential with these positions set. */
  statusList(list: number, revokedPositions: readonly number[]): Promise<CredentialJson>;
  /** Checks a credential of this issuer; `loadStatusList` answers this issuer's lists only. */
  verify(
    credential: unknown,
    loadStatusList: (url: string) => Promise<CredentialJson | undefined>,
  ): Promise<CredentialCheck>;
}

/** How the app reaches the suite: lazily, once the key has been read. */
export type OpenBadgesLoader = () => Promise<OpenBadgesSuite>;
