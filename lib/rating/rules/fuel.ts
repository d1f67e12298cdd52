/**
 * Fuel surcharge per group as dated data, in percent of the base price.
 * Canada Post sets it weekly; these are the data points we have (rules/SOURCE.md). Add a row to
 * follow a new rate: no code change.
 */
import { inEffect } from "./dated";
import type { Dated, FuelGroup } from "./types";

export const FUEL_SURCHARGES: readonly Dated<Readonly<Record<FuelGroup, number>>>[] = [
  // May 2022: 31 % domestic; the other groups' May figures are not in our sources, so the earliest
  // known ones (November 2022) stand in for them.
  { from: "2022-05-02", value: { domestic: 31, usaIntlParcel: 23, usaIntlPacket: 21, priorityWorldwide: 21.25 } },
  { from: "2022-11-07", value: { domestic: 39.5, usaIntlParcel: 23, usaIntlPacket: 21, priorityWorldwide: 21.25 } },
];

export function fuelSurchargePercent(group: FuelGroup, day: string, table = FUEL_SURCHARGES): number {
  return inEffect(table, day)[group];
}
