/**
 * The reference carrier's pickup fee. Pure. Sample pricing, not Canada Post's published rate: a
 * flat fee per on-demand pickup, waived from a number of parcels, taxed like postage.
 */
import { pickupFee } from "../pickup-rules";
import type { PickupFeeSchedule, PickupPrice, PickupRequest } from "../types";
import { postalCodeProvince } from "@/lib/rating/places";

export const PICKUP_FEE: PickupFeeSchedule = {
  /** Per on-demand pickup, before tax (sample pricing). */
  feeCents: 599,
  /** Free from this many parcels. */
  freeFromParcels: 5,
};

export function pickupPrice(request: PickupRequest): PickupPrice {
  const province = postalCodeProvince(request.address.postalCode) ?? request.address.province;
  return pickupFee(PICKUP_FEE, { province, date: request.date, parcels: request.parcels });
}
