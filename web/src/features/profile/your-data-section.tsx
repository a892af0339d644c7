import { useTranslation } from "react-i18next";
import { DeleteAccount } from "./delete-account.tsx";
import { LearningRecordDownload } from "./learning-record-download.tsx";

/** The person's rights over their data: take it away, or have it deleted. */
export function YourDataSection() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="your-data-title" className="your-data">
      <h2 id="your-data-title">{t("account.yourData")}</h2>
      <LearningRecordDownload />
      <DeleteAccount />
    </section>
  );
}
