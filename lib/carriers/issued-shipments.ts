/**
 * What the reference carrier knows of a business's issued shipments (from their frozen label
 * data): the input of its tracking simulation, wired in by the registry. Tenant-scoped.
 */
import type { LabelSnapshot } from "@/lib/shipments/label-snapshot";
import type { IssuedShipmentFacts } from "./types";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";

export function factsOf(s: { trackingNumber: string | null; labelData: unknown; labelledAt: Date | null; createdAt: Date; transmittedAt?: Date | null }): IssuedShipmentFacts | null {
  const snapshot = s.labelData as LabelSnapshot | null;
  if (!snapshot || !s.trackingNumber) return null;
  const { label, quote } = snapshot;
  const office = label.postOffice;
  return {
    trackingNumber: s.trackingNumber,
    createdAt: (s.labelledAt ?? s.createdAt).toISOString(),
    mailingDate: quote.mailingDate,
    expectedDeliveryDate: quote.expectedDeliveryDate,
    serviceCode: quote.serviceCode,
    origin: { city: label.sender.city, province: label.sender.province ?? "", postalCode: label.sender.postalCode ?? "" },
    destination: { city: label.recipient.city, province: label.recipient.province ?? null, postalCode: label.recipient.postalCode ?? null, country: label.recipient.country },
    signature: Boolean(label.options.signature || label.options.proofOfAge),
    recipientName: label.recipient.name || label.recipient.company || "",
    postOffice: office ? { name: office.name, city: office.city, province: office.province, postalCode: office.postalCode } : null,
    transmitted: Boolean(s.transmittedAt),
  };
}

export async function issuedShipmentFacts(ctx: TenantContext, trackingNumbers: string[]): Promise<IssuedShipmentFacts[]> {
  const rows = await withTenant(ctx, (tx) =>
    tx.shipment.findMany({
      where: { businessId: ctx.businessId, trackingNumber: { in: trackingNumbers }, voidedAt: null },
      select: { trackingNumber: true, labelData: true, labelledAt: true, createdAt: true, transmittedAt: true },
    }),
  );
  return rows.map(factsOf).filter((f): f is IssuedShipmentFacts => f !== null);
}
