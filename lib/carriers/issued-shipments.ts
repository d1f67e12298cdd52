/**
 * What the reference carrier knows of a business's issued shipments (from their frozen label
 * data): the input of its tracking simulation, wired in by the registry. Tenant-scoped.
 */
import type { LabelData } from "@/lib/labels/types";
import { addBusinessDays, isProvince } from "@/lib/rating/calendar";
import { isoDateInCanada } from "@/lib/rating/price-lists";
import { returnSnapshotOf } from "@/lib/returns/label-snapshot";
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

/** The facts of a return label: from the customer back to the ship-from location, simulated from its issue time. */
export function returnFactsOf(r: { trackingNumber: string | null; labelData: unknown; issuedAt: Date | null; createdAt: Date; serviceCode: string | null }): IssuedShipmentFacts | null {
  const snapshot = returnSnapshotOf(r.labelData);
  if (!snapshot || !r.trackingNumber) return null;
  const { label } = snapshot;
  return {
    trackingNumber: r.trackingNumber,
    createdAt: (r.issuedAt ?? r.createdAt).toISOString(),
    mailingDate: label.mailingDate,
    expectedDeliveryDate: snapshot.expectedDeliveryDate ?? label.mailingDate,
    serviceCode: r.serviceCode ?? label.serviceCode,
    origin: { city: label.sender.city, province: label.sender.province ?? "", postalCode: label.sender.postalCode ?? "" },
    destination: { city: label.recipient.city, province: label.recipient.province ?? null, postalCode: label.recipient.postalCode ?? null, country: label.recipient.country },
    signature: false,
    recipientName: label.recipient.company || label.recipient.name || "",
    postOffice: null,
  };
}

/**
 * The facts of an open return label: the customer who mails it is not known (its sender is left
 * blank), so the simulation has it mailed near the location it goes back to, on its issue day, and
 * expected two business days later.
 */
export function openReturnFactsOf(l: { trackingNumber: string; labelData: unknown; issuedAt: Date }): IssuedShipmentFacts | null {
  const label = l.labelData as LabelData | null;
  if (!label?.recipient) return null;
  const { recipient } = label;
  const mailingDate = isoDateInCanada(l.issuedAt);
  const province = recipient.province && isProvince(recipient.province) ? recipient.province : "ON";
  const place = { city: recipient.city, province: recipient.province ?? "", postalCode: recipient.postalCode ?? "" };
  return {
    trackingNumber: l.trackingNumber,
    createdAt: l.issuedAt.toISOString(),
    mailingDate,
    expectedDeliveryDate: addBusinessDays(mailingDate, 2, province),
    serviceCode: label.serviceCode,
    origin: place,
    destination: { ...place, country: recipient.country },
    signature: false,
    recipientName: recipient.company || recipient.name || "",
    postOffice: null,
  };
}

export async function issuedShipmentFacts(ctx: TenantContext, trackingNumbers: string[]): Promise<IssuedShipmentFacts[]> {
  const rows = await withTenant(ctx, (tx) =>
    tx.shipment.findMany({
      where: { businessId: ctx.businessId, trackingNumber: { in: trackingNumbers }, voidedAt: null },
      select: { trackingNumber: true, labelData: true, labelledAt: true, createdAt: true, transmittedAt: true },
    }),
  );
  const found = new Set(rows.map((r) => r.trackingNumber));
  const rest = trackingNumbers.filter((n) => !found.has(n));
  // Return labels (not cancelled) share the scheme and the simulation.
  const returns = rest.length
    ? await withTenant(ctx, (tx) =>
        tx.return.findMany({
          where: { businessId: ctx.businessId, trackingNumber: { in: rest }, cancelledAt: null },
          select: { trackingNumber: true, labelData: true, issuedAt: true, createdAt: true, serviceCode: true },
        }),
      )
    : [];
  const known = new Set(returns.map((r) => r.trackingNumber));
  const rest2 = rest.filter((n) => !known.has(n));
  // Open return labels drawn by Envoi (the reference carrier's) too.
  const open = rest2.length
    ? await withTenant(ctx, (tx) =>
        tx.openReturnLabel.findMany({ where: { businessId: ctx.businessId, trackingNumber: { in: rest2 } }, select: { trackingNumber: true, labelData: true, issuedAt: true } }),
      )
    : [];
  return [...rows.map(factsOf), ...returns.map(returnFactsOf), ...open.map(openReturnFactsOf)].filter((f): f is IssuedShipmentFacts => f !== null);
}
