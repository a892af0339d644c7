/**
 * Whether `zone` is an IANA time zone this runtime knows (Europe/Paris, not CET or
 * +01:00). Intl alone, as luxon's own check does, so that the schemas that use it can
 * go to the browser without luxon (decision 0059).
 */
export function isTimeZone(zone: string): boolean {
  if (!zone.includes("/")) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone }).format();
    return true;
  } catch {
    return false;
  }
}
