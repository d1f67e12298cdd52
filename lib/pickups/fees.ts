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

export function pickupPrice(request: PickupRequest): PickupPrice {
  const feeCents = request.parcels >= PICKUP_FEE.freeFromParcels ? 0 : PICKUP_FEE.feeCents;
  const province = postalCodeProvince(request.address.postalCode) ?? (isProvince(request.address.province) ? request.address.province : null);
  const taxCents = province ? taxLines(feeCents, "domestic", province, province, request.date).reduce((sum, t) => sum + t.amountCents, 0) : 0;
  return { feeCents, taxCents, totalCents: feeCents + taxCents };
}
