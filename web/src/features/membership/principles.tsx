import { useTranslation } from "react-i18next";

/** The commitments of the Aarhus declaration (18 November 2015) an applicant accepts. */
const COMMITMENTS = ["local", "warning", "national", "integrated", "exchange"] as const;

export function Principles() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="principles-title" className="card">
      <h2 id="principles-title">{t("membership.principles.title")}</h2>
      <p>{t("membership.principles.intro")}</p>
      <ul>
        {COMMITMENTS.map((commitment) => (
          <li key={commitment}>{t(`membership.principles.items.${commitment}`)}</li>
        ))}
      </ul>
    </section>
  );
}
