import { useState } from "react";
import { useTranslation } from "react-i18next";
import { describeRequestError } from "../../ui/query-error.tsx";
import { downloadCertificate } from "./certificate.ts";

/**
 * Downloads the holder's certificate. The course title, visually hidden, tells
 * several buttons of a list apart; it stays focusable while the file is prepared.
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
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const download = async () => {
    if (pending) return;
    setPending(true);
    setProblem(null);
    try {
      await downloadCertificate(code);
    } catch (error) {
      setProblem(`${t("learning.certificate.failed")} ${describeRequestError(error, t)}`);
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="certificate-download">
      <button
        type="button"
        className="button"
        aria-disabled={pending || undefined}
        onClick={() => void download()}
      >
        {pending && <span className="spinner" aria-hidden="true" />}
        {t("learning.certificate.download")}
        <span className="visually-hidden">
          {" "}
          {t("learning.certificate.for")} <span lang={lang}>{courseTitle}</span>
        </span>
      </button>
      <span role="status" className="visually-hidden">
        {pending ? t("learning.certificate.preparing") : ""}
      </span>
      {problem && (
        <p role="alert" className="field__error">
          {problem}
        </p>
      )}
    </div>
  );
}
