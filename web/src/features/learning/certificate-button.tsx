import { useTranslation } from "react-i18next";
import { DownloadButton } from "../../ui/download-button.tsx";
import { downloadCertificate, downloadCredential } from "./certificate.ts";

/**
 * Downloads the holder's certificate. The course title, visually hidden, tells
 * several buttons of a list apart.
 */
export function CertificateButton({
  code,
  courseTitle,
  lang,
}: {
  code: string;
  courseTitle: string;
  lang?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <DownloadButton
      variant="primary"
      save={() => downloadCertificate(code)}
      preparing={t("learning.certificate.preparing")}
      done={(fileName) => t("learning.certificate.done", { fileName })}
      failed={t("learning.certificate.failed")}
    >
      {t("learning.certificate.download")}
      <ForCourse courseTitle={courseTitle} lang={lang} />
    </DownloadButton>
  );
}

/**
 * Downloads the holder's certificate as an Open Badges 3.0 credential (JSON), for a
 * wallet or a backpack that takes Verifiable Credentials.
 */
export function CredentialButton({
  code,
  courseTitle,
  lang,
}: {
  code: string;
  courseTitle: string;
  lang?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <DownloadButton
      save={() => downloadCredential(code)}
      preparing={t("learning.certificate.badge.preparing")}
      done={(fileName) => t("learning.certificate.done", { fileName })}
      failed={t("learning.certificate.badge.failed")}
    >
      {t("learning.certificate.badge.download")}
      <ForCourse courseTitle={courseTitle} lang={lang} />
    </DownloadButton>
  );
}

/** The course a download is for, visually hidden: it tells several buttons of a list apart. */
function ForCourse({ courseTitle, lang }: { courseTitle: string; lang?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <span className="visually-hidden">
      {" "}
      {t("learning.certificate.for")} <span lang={lang}>{courseTitle}</span>
    </span>
  );
}
