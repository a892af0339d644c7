import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigation } from "react-router";

/**
 * While the next page downloads (slow connections), show and announce it after a
 * short delay, so fast navigations do not flicker.
 */
export function NavigationProgress() {
  const { t } = useTranslation();
  const loading = useNavigation().state !== "idle";
  const [visible, setVisible] = useState(false);

  useEffect(() => {
    if (!loading) return setVisible(false);
    const timer = setTimeout(() => setVisible(true), 300);
    return () => clearTimeout(timer);
  }, [loading]);

  return (
    <div className="navigation-progress" role="status">
      {visible && (
        <p className="container">
          <span className="spinner" aria-hidden="true" />
          {t("nav.loadingPage")}
        </p>
      )}
    </div>
  );
}
