import type { CertificateVerification } from "@alliance/core/web";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { useArrivalFocus } from "../../../ui/page.tsx";

const HEADING_ID = "verification-result";

/** A certificate's date as the day it was issued or revoked, in the interface language. */
export function certificateDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(iso),
  );
}

/**
 * What a certificate states, and nothing more. A revoked certificate never shows a
 * holder's name: the holder asked for it to be revoked (by deleting their account).
 * The heading takes focus when it appears after a lookup the person started (`focus`).
 */
export function VerificationResult({
  verification,
  focus = false,
}: {
  verification: CertificateVerification;
  focus?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useArrivalFocus(heading, focus);
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const valid = verification.status === "valid";
  const revokedAt = valid ? null : verification.revokedAt;

  return (
    <section
      className={`verification verification--${verification.status}`}
      aria-labelledby={HEADING_ID}
    >
      <h2 id={HEADING_ID} ref={heading} tabIndex={-1}>
        {valid ? t("verify.valid.title") : t("verify.revoked.title")}
      </h2>
      <p>
        {valid
          ? t("verify.valid.lead")
          : verification.revokedReason === "holder-request"
            ? t("verify.revoked.holderRequest")
            : t("verify.revoked.other")}
      </p>
      <dl className="details">
        {valid && verification.holderName && (
          <>
            <dt>{t("verify.fields.holder")}</dt>
            <dd>{verification.holderName}</dd>
          </>
        )}
        <dt>{t("verify.fields.course")}</dt>
        <dd>{verification.courseTitle}</dd>
        <dt>{t("verify.fields.version")}</dt>
        <dd>{verification.versionNumber}</dd>
        <dt>{t("verify.fields.issuedAt")}</dt>
        <dd>
          <time dateTime={verification.issuedAt}>
            {certificateDate(verification.issuedAt, locale)}
          </time>
        </dd>
        {revokedAt && (
          <>
            <dt>{t("verify.fields.revokedAt")}</dt>
            <dd>
              <time dateTime={revokedAt}>{certificateDate(revokedAt, locale)}</time>
            </dd>
          </>
        )}
        <dt>{t("verify.fields.code")}</dt>
        <dd className="verification__code">{verification.code}</dd>
      </dl>
    </section>
  );
}

/** The answer when no certificate has the code: most often a mistyped character. */
export function CodeNotFound({ focus = false }: { focus?: boolean }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useArrivalFocus(heading, focus);
  return (
    <section className="verification verification--unknown" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID} ref={heading} tabIndex={-1}>
        {t("verify.notFound.title")}
      </h2>
      <p>{t("verify.notFound.advice")}</p>
    </section>
  );
}
