import type { Defaults } from "@/lib/settings/settings";

/** The quick-quote form before anything is typed: the member's defaults (location, units, options). */
export function initialQuoteValues(defaults: Defaults, locations: readonly { id: string; isDefault: boolean }[]): Record<string, string> {
  const from = defaults.defaultLocationId ?? locations.find((l) => l.isDefault)?.id ?? locations[0]?.id ?? "";
  const o = defaults.defaultOptions;
  const values: Record<string, string> = { from, country: "CA", units: defaults.units };
  if (o.signature) values.signature = "on";
  if (o.cardForPickup) values.cardForPickup = "on";
  if (o.doNotSafeDrop) values.doNotSafeDrop = "on";
  if (o.leaveAtDoor) values.leaveAtDoor = "on";
  if (o.coverageCents > 0) values.coverage = String(o.coverageCents / 100);
  return values;
}
