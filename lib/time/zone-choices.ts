// The time-zone picker's choices: the US zones first, by the names people know ("Central Time"), then
// every other zone the runtime knows. Nearly everyone using Mend is in one of the first seven, and
// nobody should scroll past 400 names from Africa/Abidjan to find Chicago.

export type ZoneChoice = { value: string; label: string };
export type ZoneGroup = { label: string; zones: ZoneChoice[] };

export const US_TIME_ZONES: readonly ZoneChoice[] = [
  { value: "America/New_York", label: "Eastern Time (New York)" },
  { value: "America/Chicago", label: "Central Time (Chicago)" },
  { value: "America/Denver", label: "Mountain Time (Denver)" },
  { value: "America/Phoenix", label: "Arizona, no daylight saving (Phoenix)" },
  { value: "America/Los_Angeles", label: "Pacific Time (Los Angeles)" },
  { value: "America/Anchorage", label: "Alaska Time (Anchorage)" },
  { value: "Pacific/Honolulu", label: "Hawaii Time (Honolulu)" },
];

/** "America/Argentina/Buenos_Aires" → "America / Argentina / Buenos Aires". */
function zoneLabel(zone: string): string {
  return zone.replace(/_/g, " ").replace(/\//g, " / ");
}

/**
 * The US zones, then the rest alphabetically. `current` (the saved zone) is always offered, even
 * when the runtime's list leaves it out (e.g. "UTC"), so saving the form never changes it silently.
 */
export function timeZoneGroups(
  current?: string,
  known: readonly string[] = Intl.supportedValuesOf("timeZone"),
) {
  const us = new Set(US_TIME_ZONES.map((z) => z.value));
  const others = [...new Set([...known, ...(current && !us.has(current) ? [current] : [])])]
    .filter((zone) => !us.has(zone))
    .sort()
    .map((zone) => ({ value: zone, label: zoneLabel(zone) }));
  return [
    { label: "United States", zones: [...US_TIME_ZONES] },
    { label: "Other time zones", zones: others },
  ] satisfies ZoneGroup[];
}
