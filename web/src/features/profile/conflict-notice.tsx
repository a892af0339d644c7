import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

/**
 * The profile changed elsewhere since the form opened. Takes focus and is an alert;
 * the typed values stay in the form until the person chooses to reload.
 */
export function ConflictNotice({
  reloading,
  onReload,
}: {
  reloading: boolean;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    box.current?.focus();
  }, []);

  return (
    <div ref={box} className="notice notice--warning" tabIndex={-1} role="alert">
      <h2>{t("profile.conflict.title")}</h2>
      <p>{t("profile.conflict.body")}</p>
      <button
        type="button"
        className="button"
        aria-disabled={reloading || undefined}
        onClick={onReload}
      >
        {reloading ? t("profile.conflict.reloading") : t("profile.conflict.reload")}
      </button>
    </div>
  );
}
