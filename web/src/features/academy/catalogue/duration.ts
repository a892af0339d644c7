/**
 * A course's length in words of the reader's language ("1 hour 30 minutes",
 * "1 heure 30 minutes"), or null when the trainer gave none (0).
 */
export function formatDuration(minutes: number, locale: string): string | null {
  if (!Number.isFinite(minutes) || minutes <= 0) return null;
  const hours = Math.floor(minutes / 60);
  const rest = Math.round(minutes % 60);
  const unit = (name: "hour" | "minute", value: number) =>
    new Intl.NumberFormat(locale, { style: "unit", unit: name, unitDisplay: "long" }).format(value);
  const parts = [hours > 0 ? unit("hour", hours) : null, rest > 0 ? unit("minute", rest) : null];
  return new Intl.ListFormat(locale, { type: "unit", style: "narrow" }).format(
    parts.filter((part): part is string => part !== null),
  );
}
