/**
 * The reference carrier's pickup fee. Pure. Sample pricing, not Canada Post's published rate: a
 * flat fee per on-demand pickup, waived from a number of parcels, taxed like postage (GST/HST,
 * and QST in Quebec) by the pickup address's province on the pickup date.
 */
import type { PickupPrice, PickupRequest } from "@/lib/carriers/types";
import { isProvince } from "@/lib/rating/calendar";
import { postalCodeProvince } from "@/lib/rating/places";
import { taxLines } from "@/lib/rating/taxes";

export const PICKUP_FEE = {
  /** Per on-demand pickup, before tax (sample pricing). */
  feeCents: 599,
  /** Free from this many parcels. */
  freeFromParcels: 5,
} as const;

/** The fee for a number of parcels picked up in a province on a date (what the pickup form shows as it is filled). */
export function pickupFee(p: { province: string | null; date: string; parcels: number }): PickupPrice {
  const feeCents = p.parcels >= PICKUP_FEE.freeFromParcels ? 0 : PICKUP_FEE.feeCents;
  const province = p.province && isProvince(p.province) ? p.province : null;
  const taxCents = province ? taxLines(feeCents, "domestic", province, province, p.date).reduce((sum, t) => sum + t.amountCents, 0) : 0;
  return { feeCents, taxCents, totalCents: feeCents + taxCents };
}

export function pickupPrice(request: PickupRequest): PickupPrice {
  const province = postalCodeProvince(request.address.postalCode) ?? request.address.province;
  return pickupFee({ province, date: request.date, parcels: request.parcels });
}
