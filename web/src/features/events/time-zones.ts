/** Zones offered when none is known: the alliance is European. */
const FALLBACK_ZONE = "Europe/Brussels";

/**
 * The IANA zones the browser knows, as the API takes them (Region/City; not CET or
 * UTC offsets, decision 0055), for a native select of the venue's zone.
 */
export function timeZoneOptions(): string[] {
  const zones = Intl.supportedValuesOf("timeZone").filter((zone) => zone.includes("/"));
  return zones.length > 0 ? zones : [FALLBACK_ZONE];
}

/** The browser's zone when the API would take it, else Brussels. */
export function defaultTimeZone(zones: readonly string[]): string {
  const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zones.includes(own) ? own : FALLBACK_ZONE;
}
