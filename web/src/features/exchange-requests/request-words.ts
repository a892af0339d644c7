import type { DateRange } from "@alliance/core/web";
import { useTranslation } from "react-i18next";

/** A day or a range of days, in the interface language. */
export function useRange(): (range: DateRange) => string {
  const { t, i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? i18n.language, {
    dateStyle: "long",
    timeZone: "UTC",
  });
  const day = (iso: string) => format.format(new Date(`${iso}T00:00:00Z`));
  return (range) =>
    range.to && range.to !== range.from
      ? t("requests.page.range", { from: day(range.from), to: day(range.to) })
      : day(range.from);
}

/** A date and time in the interface language. */
export function useWhen(): (iso: string) => string {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? i18n.language, {
    dateStyle: "medium",
    timeStyle: "short",
  });
  return (iso) => format.format(new Date(iso));
}
