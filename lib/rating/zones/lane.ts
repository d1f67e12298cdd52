/**
 * Delivery-standard lanes. Canada Post's 2022 guide publishes delivery standards for major centres
 * as local / regional / national (e.g. Regular Parcel 2-3 / 4-6 / 5-10 business days), and slower
 * ones for rural, remote and northern places. This classifies a lane into those groups; the delivery
 * standards themselves live with the services. Pure, no allocation on the hot path.
 */
import type { ProvinceCode } from "@/lib/addresses/provinces";
import { fsaSlot, slotDistanceKm, slotIsRemote, slotProvince } from "./geo";

export type DeliveryLane = "local" | "regional" | "national" | "remote";

/** Within this distance between FSA centroids, the same community or its suburbs (Ottawa-Gatineau included). */
export const LOCAL_MAX_KM = 50;
/**
 * Same or neighbouring province, and at most this far between centroids: regional (Toronto-Ottawa
 * 350 km, Calgary-Vancouver 670 km, Montreal-Moncton 690 km, Windsor-Ottawa 680 km). Farther
 * (Toronto-Thunder Bay 930 km, Edmonton-Vancouver 820 km) or across non-neighbouring provinces
 * (Montreal-Halifax): national.
 */
export const REGIONAL_MAX_KM = 800;

/**
 * Provinces and territories sharing a border, plus the short sea links Canada Post trucks across
 * (PE's Confederation Bridge and ferry to NB and NS, the NS-NL ferry).
 */
const NEIGHBOURS: Readonly<Record<ProvinceCode, readonly ProvinceCode[]>> = {
  BC: ["AB", "YT", "NT"],
  AB: ["BC", "SK", "NT"],
  SK: ["AB", "MB", "NT"],
  MB: ["SK", "ON", "NU"],
  ON: ["MB", "QC"],
  QC: ["ON", "NB", "NL"],
  NB: ["QC", "NS", "PE"],
  NS: ["NB", "PE", "NL"],
  PE: ["NB", "NS"],
  NL: ["QC", "NS"],
  YT: ["BC", "NT"],
  NT: ["YT", "BC", "AB", "SK", "NU"],
  NU: ["NT", "MB"],
};

export function areNeighbourProvinces(a: ProvinceCode, b: ProvinceCode): boolean {
  return NEIGHBOURS[a].includes(b);
}

/**
 * The delivery-standard lane between two postal codes (or FSAs):
 * - "remote" when either end is remote (territories, fly-in Arctic, Labrador, far-north or isolated
 *   rural FSAs: see slotIsRemote in geo.ts), whatever the distance: those standards are the slow ones;
 * - "local" within LOCAL_MAX_KM;
 * - "regional" within the same or a neighbouring province, up to REGIONAL_MAX_KM;
 * - "national" otherwise.
 * Null when either side is not a Canadian postal code or FSA.
 */
export function deliveryLane(originPostalCode: string, destinationPostalCode: string): DeliveryLane | null {
  const o = fsaSlot(originPostalCode);
  const d = fsaSlot(destinationPostalCode);
  if (o < 0 || d < 0) return null;
  if (slotIsRemote(o) || slotIsRemote(d)) return "remote";
  const km = slotDistanceKm(o, d);
  if (km <= LOCAL_MAX_KM) return "local";
  const po = slotProvince(o);
  const pd = slotProvince(d);
  if (km <= REGIONAL_MAX_KM && (po === pd || areNeighbourProvinces(po, pd))) return "regional";
  return "national";
}
