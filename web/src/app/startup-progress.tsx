import { useTranslation } from "react-i18next";
import { Loading } from "../ui/status.tsx";

/** The first paint on a slow connection: what is happening, in the visitor's language. */
export function StartupProgress() {
  const { t } = useTranslation();
  return (
    <main className="container">
      <Loading label={t("nav.loadingPage")} />
    </main>
  );
}
