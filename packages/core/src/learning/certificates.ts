import { requireUser } from "../auth/index.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import { certificateLanguage } from "./certificate-language.ts";
import type { CertificatePdfInput } from "./certificate-pdf.ts";
import type { CertificateVerification } from "./schemas.ts";

/**
 * Draws a certificate: `renderCertificatePdf` of `@alliance/core/certificate-pdf`. Passed
 * in rather than imported, so that pdf-lib, fontkit and the fonts stay out of every
 * bundle but the certificate function's (decision 0028).
 */
export type CertificatePdfRenderer = (input: CertificatePdfInput) => Promise<Uint8Array>;

const unknownCode = () =>
  new VisibleError("not-found", "certificate-not-found", "No certificate has this code.");

/**
 * Certificates: the holder downloads the PDF; anyone checks a code. The PDF's
 * verification link is built from the configured public site address only.
 */
export function certificateUseCases(data: DataService, publicSiteUrl: string | undefined) {
  return {
    /** What the certificate states, for anyone holding the code; nothing more. */
    async verify(code: string): Promise<CertificateVerification> {
      const found = await data.entities.certificate.get({ code }).go();
      const certificate = found.data;
      if (!certificate) throw unknownCode();
      const revoked = Boolean(certificate.revokedAt);
      return {
        code: certificate.code,
        status: revoked ? "revoked" : "valid",
        holderName: revoked ? null : certificate.holderName,
        courseTitle: certificate.courseTitle,
        versionNumber: certificate.versionNumber,
        issuedAt: certificate.issuedAt,
        revokedAt: certificate.revokedAt ?? null,
        revokedReason: revoked ? (certificate.revokedReason ?? "holder-request") : null,
      };
    },

    /** The PDF, for its holder only; anyone else learns nothing (404). */
    async pdf(
      code: string,
      render: CertificatePdfRenderer,
    ): Promise<{ fileName: string; bytes: Uint8Array }> {
      const { subject } = requireUser();
      const found = await data.entities.certificate.get({ code }).go();
      const certificate = found.data;
      if (!certificate || certificate.subject !== subject || certificate.revokedAt) {
        throw unknownCode();
      }
      if (!publicSiteUrl) throw new Error("The public site address (PUBLIC_SITE_URL) is not set");
      const bytes = await render({
        holderName: certificate.holderName,
        courseTitle: certificate.courseTitle,
        versionNumber: certificate.versionNumber,
        issuedAt: certificate.issuedAt,
        code,
        verifyUrl: `${publicSiteUrl}/verify/${encodeURIComponent(certificate.code)}`,
        language: certificateLanguage(certificate.language),
      });
      return { fileName: `certificate-${code}.pdf`, bytes };
    },
  };
}
