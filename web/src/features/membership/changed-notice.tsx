import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

/** The application changed since it was shown: the page now shows the latest. Takes focus. */
export function ChangedNotice() {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div ref={box} tabIndex={-1} role="alert" className="notice notice--warning">
      <p>{t("membership.changed")}</p>
    </div>
  );
}
