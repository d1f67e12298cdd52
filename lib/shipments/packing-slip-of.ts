/** A shipment's packing slip from its frozen label and its items. Pure. */
import type { PackingSlip } from "@/lib/labels";
import type { ContentItem } from "./draft";
import type { LabelSnapshot } from "./label-snapshot";

export function packingSlipOf(snapshot: LabelSnapshot, items: unknown, note: string | null, locale: "en" | "fr"): PackingSlip {
  const { label } = snapshot;
  return {
    from: label.sender,
    to: label.recipient,
    orderNumber: label.reference1 ?? null,
    date: label.mailingDate,
    trackingNumber: label.trackingNumber || null,
    items: (Array.isArray(items) ? (items as ContentItem[]) : []).map((i) => ({ description: i.description, sku: i.sku ?? null, quantity: i.quantity })),
    note,
    locale,
  };
}

