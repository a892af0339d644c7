import type { Ref } from "react";
import { useTranslation } from "react-i18next";

/** A lesson done: a check mark for the eye, and the word for everyone. */
export function DoneMark({ ref }: { ref?: Ref<HTMLParagraphElement> }) {
  const { t } = useTranslation();
  return (
    <p ref={ref} className="done-mark" tabIndex={ref ? -1 : undefined}>
      <span aria-hidden="true">✓</span> <span>{t("learning.lesson.done")}</span>
    </p>
  );
}
