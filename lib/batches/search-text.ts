import { foldName } from "@/lib/addresses/locale";
import type { ShipmentDraft } from "@/lib/shipments/draft";

/** What the shipments search matches: tracking number, references, recipient, postal code, accent-free and lower case. */
export function searchTextOf(d: ShipmentDraft, trackingNumber: string | null): string {
  const r = d.recipient;
  return foldName([trackingNumber, d.reference1, d.reference2, r.name, r.company, r.city, r.postalCode, r.postalCode?.replace(/\s/g, ""), r.email].filter(Boolean).join(" ")).toLowerCase();
}
