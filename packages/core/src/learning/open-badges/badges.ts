import { requireRole, requireUser } from "../../auth/index.ts";
import { isConditionalCheckFailed } from "../../data/errors.ts";
import type { DataService } from "../../data/service.ts";
import { VisibleError } from "../../errors.ts";
import type { Certificate } from "../certificate.entity.ts";
import {
  badgeIssuer,
  type CredentialCheck,
  type CredentialJson,
  certificateCredential,
  type OpenBadgesSuite,
  statusListUrl,
  statusPosition,
} from "./credential.ts";

const unknownCode = () =>
  new VisibleError("not-found", "certificate-not-found", "No certificate has this code.");

/** What the verification answers: the checks, and the certificate when it is one of ours. */
export interface BadgeVerification extends CredentialCheck {
  verified: boolean;
  certificateCode: string | null;
}

/**
 * Open Badges 3.0 credentials of certificates (decision 0066). Every use case takes the
 * signing suite as an argument, as the PDF takes its renderer (decision 0028): only the
 * certificate function and the local server have one.
 */
export function openBadgeUseCases(data: DataService, publicSiteUrl: string | undefined) {
  const issuer = () => {
    if (!publicSiteUrl) throw new Error("The public site address (PUBLIC_SITE_URL) is not set");
    return badgeIssuer(publicSiteUrl);
  };

  /** The certificate's status index; the first credential of a certificate takes the next. */
  async function statusIndexOf(certificate: Certificate): Promise<number> {
    if (certificate.statusIndex !== undefined) return certificate.statusIndex;
    const counted = await data.entities.badgeStatusAllocation
      .update({})
      .add({ allocated: 1 })
      .go({ response: "all_new" });
    const index = (counted.data.allocated ?? 1) - 1;
    try {
      await data.entities.certificate
        .patch({ code: certificate.code })
        .set({ statusIndex: index })
        .where(
          ({ statusIndex, revokedAt }, { notExists }) =>
            `${notExists(statusIndex)} AND ${notExists(revokedAt)}`,
        )
        .go();
      return index;
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      // Another request gave it one first, or it was revoked meanwhile.
      const again = (await data.entities.certificate.get({ code: certificate.code }).go()).data;
      if (!again || again.revokedAt || again.statusIndex === undefined) throw unknownCode();
      return again.statusIndex;
    }
  }

  async function revokedPositions(list: number): Promise<number[]> {
    const found = await data.entities.badgeStatusList.get({ list }).go();
    return [...(found.data?.revoked ?? [])].sort((a, b) => a - b);
  }

  /** This issuer's status list credentials, for the verification; nothing from elsewhere. */
  async function ownStatusList(suite: OpenBadgesSuite, url: string) {
    const match = /\/api\/badges\/status-lists\/([1-9][0-9]{0,5})$/.exec(url);
    if (!match?.[1]) return undefined;
    const list = Number(match[1]);
    if (url !== statusListUrl(suite.issuer, list)) return undefined;
    return suite.statusList(list, await revokedPositions(list));
  }

  return {
    /** The holder's signed OpenBadgeCredential; anyone else learns nothing (404). */
    async credential(code: string, suite: OpenBadgesSuite): Promise<CredentialJson> {
      const { subject } = requireUser();
      const certificate = (await data.entities.certificate.get({ code }).go()).data;
      if (!certificate || certificate.subject !== subject || certificate.revokedAt) {
        throw unknownCode();
      }
      const index = await statusIndexOf(certificate);
      return suite.sign(certificateCredential(issuer(), certificate, index));
    },

    /** The issuer's DID document (`did:web`), with its public key. */
    didDocument(suite: OpenBadgesSuite): CredentialJson {
      return suite.didDocument();
    },

    /** A signed BitstringStatusListCredential of one list. */
    async statusList(list: number, suite: OpenBadgesSuite): Promise<CredentialJson> {
      const allocated = (await data.entities.badgeStatusAllocation.get({}).go()).data?.allocated;
      const lists = allocated ? statusPosition(allocated - 1).list : 0;
      if (list > lists) {
        throw new VisibleError(
          "not-found",
          "status-list-not-found",
          "No status list has this number.",
        );
      }
      return suite.statusList(list, await revokedPositions(list));
    },

    /**
     * Checks a credential: its signature, that this academy issued it, and whether it was
     * revoked. A credential of another issuer is not verified here (`issuer: false`).
     */
    async verify(credential: unknown, suite: OpenBadgesSuite): Promise<BadgeVerification> {
      const check = await suite.verify(credential, (url) => ownStatusList(suite, url));
      const id = (credential as { id?: unknown }).id;
      const code =
        typeof id === "string" && id.startsWith(`${suite.issuer.siteUrl}/verify/`)
          ? decodeURIComponent(id.slice(`${suite.issuer.siteUrl}/verify/`.length))
          : null;
      return {
        ...check,
        verified: check.signature && check.issuer && check.revoked === false,
        certificateCode: check.signature && check.issuer ? code : null,
      };
    },

    /**
     * Checks the credential of a certificate code: the one its holder would download, so
     * the same signature, issuer and status checks run. A revoked certificate, whose
     * holder's name is gone, answers revoked without a credential.
     */
    async verifyCode(code: string, suite: OpenBadgesSuite): Promise<BadgeVerification> {
      const certificate = (await data.entities.certificate.get({ code }).go()).data;
      if (!certificate) throw unknownCode();
      if (certificate.revokedAt) {
        return {
          signature: false,
          issuer: true,
          revoked: true,
          verified: false,
          certificateCode: code,
          problems: ["The certificate was revoked."],
        };
      }
      const index = await statusIndexOf(certificate);
      const signed = await suite.sign(certificateCredential(issuer(), certificate, index));
      return this.verify(signed, suite);
    },

    /** An administrator withdraws a certificate: it verifies as revoked, its bit is set. */
    async revoke(code: string, at: Date): Promise<void> {
      requireRole("admin");
      const certificate = (await data.entities.certificate.get({ code }).go()).data;
      if (!certificate) throw unknownCode();
      if (certificate.revokedAt) return;
      try {
        await data.entities.certificate
          .patch({ code })
          .set({ revokedAt: at.toISOString(), revokedReason: "withdrawn" })
          .where(({ revokedAt }, { notExists }) => notExists(revokedAt))
          .go();
      } catch (error) {
        if (!isConditionalCheckFailed(error)) throw error;
      }
      await markRevoked(data, code);
    },
  };
}

/**
 * Sets the certificate's bit in its status list, if a credential was ever issued for it.
 * Called after `revokedAt` is written (account deletion, withdrawal); repeating it changes
 * nothing, so a failure half-way is mended by running the revocation again.
 */
export async function markRevoked(data: DataService, code: string): Promise<void> {
  const certificate = (await data.entities.certificate.get({ code }).go()).data;
  if (certificate?.statusIndex === undefined || !certificate.revokedAt) return;
  const { list, position } = statusPosition(certificate.statusIndex);
  await data.entities.badgeStatusList
    .update({ list })
    .add({ revoked: [position] })
    .go();
}
