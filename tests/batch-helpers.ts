/** Set-up for the batch tests: a business that can pay on account, with contacts to ship to. */
import { PDFDocument } from "pdf-lib";
import { withTenant } from "@/lib/tenancy/context";
import type { Actor } from "@/lib/tenancy/actor";
import type { LabelDocument } from "@/lib/labels/types";
import { createTestBusiness, createTestLocation, type TestBusiness } from "./fixtures";

export async function payingBusiness(label: string, creditLimitCents = 1_000_000): Promise<{ business: TestBusiness; actor: Actor; locationId: string }> {
  const business = await createTestBusiness(label);
  const actor: Actor = { businessId: business.id, userId: business.owner.id, role: "OWNER", slug: business.slug };
  await withTenant(actor, (tx) => tx.business.update({ where: { id: business.id }, data: { accountNumber: "0001234567", creditLimitCents } }));
  const { id: locationId } = await createTestLocation(business);
  await withTenant(actor, (tx) => tx.businessSettings.upsert({ where: { businessId: business.id }, create: { businessId: business.id, defaultLocationId: locationId }, update: { defaultLocationId: locationId } }));
  return { business, actor, locationId };
}

const PLACES = [
  { name: "Zoé Gagnon", line1: "12 rue Principale", city: "Québec", province: "QC", postalCode: "G1R 4P5" },
  { name: "Sam Lee", line1: "800 Burrard St", city: "Vancouver", province: "BC", postalCode: "V6Z 2H6" },
  { name: "Ana Silva", line1: "100 Queen St W", city: "Toronto", province: "ON", postalCode: "M5H 2N2" },
  { name: "Liam Roy", line1: "1 Water St", city: "St. John's", province: "NL", postalCode: "A1C 1A1" },
  { name: "Mia Chen", line1: "10 Jasper Ave", city: "Edmonton", province: "AB", postalCode: "T5J 1N7" },
];

export async function createContacts(actor: Actor, count: number): Promise<string[]> {
  return withTenant(actor, async (tx) => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const p = PLACES[i % PLACES.length]!;
      const c = await tx.contact.create({
        data: { businessId: actor.businessId, ...p, name: `${p.name} ${i + 1}`, country: "CA", phone: "613 555 0100", searchText: p.name.toLowerCase() },
        select: { id: true },
      });
      ids.push(c.id);
    }
    return ids;
  });
}

/** A renderer for tests that only need a valid PDF per shipment: one page naming its tracking number. */
export async function onePageRender(docs: LabelDocument[], format: "thermal4x6" | "letter"): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (const d of docs) {
    const page = pdf.addPage(format === "letter" ? [612, 792] : [288, 432]);
    page.drawText(d.label.trackingNumber, { x: 20, y: 20, size: 10 });
  }
  return pdf.save();
}

/** The same, failing from the `failAt`-th call on (a crash while labels are issued). */
export function failingRender(failAt: number) {
  let calls = 0;
  return async (docs: LabelDocument[], format: "thermal4x6" | "letter") => {
    calls++;
    if (calls >= failAt) throw new Error("renderer crashed");
    return onePageRender(docs, format);
  };
}

/**
 * For the cross-tenant and role suites: in `business` (which needs a location), a draft batch with
 * one row, and a paid batch with one issued label.
 */
export async function batchTargets(business: TestBusiness): Promise<{ batchId: string; rowId: string; labelledShipmentId: string; invoiceId: string; failedEmailId: string; pickupId: string }> {
  const { createBatch, addRowsFromContacts, saveRow } = await import("@/lib/batches/edit-rows");
  const { rateBatch } = await import("@/lib/rates/batch-rates");
  const { draftFromRow } = await import("@/lib/shipments/draft-row");
  const actor: Actor = { businessId: business.id, userId: business.owner.id, role: "OWNER", slug: business.slug };
  await withTenant(actor, (tx) => tx.business.update({ where: { id: business.id }, data: { accountNumber: "0001234567", creditLimitCents: 1_000_000 } }));
  const location = await withTenant(actor, (tx) => tx.location.findFirstOrThrow({ where: { businessId: business.id }, select: { id: true } }));
  const make = async () => {
    const batch = await createBatch(actor);
    await addRowsFromContacts(actor, batch.id, await createContacts(actor, 1));
    const [row] = await withTenant(actor, (tx) => tx.shipment.findMany({ where: { batchId: batch.id, businessId: business.id } }));
    await saveRow(actor, batch.id, row!.id, { ...draftFromRow(row!), locationId: location.id, lengthMm: 300, widthMm: 200, heightMm: 100, weightGrams: 1000 });
    await rateBatch(actor, batch.id);
    return { batchId: batch.id, rowId: row!.id };
  };
  const paid = await make();
  await payAndComplete(actor, paid.batchId);
  const draft = await make();
  const { issueInvoice, monthOf } = await import("@/lib/payments/invoices");
  const invoice = (await issueInvoice(actor, monthOf(new Date())))!;
  const failed = await withTenant(actor, (tx) =>
    tx.emailMessage.create({ data: { businessId: business.id, kind: "LABELS", to: "owner@example.com", locale: "en", shipmentId: paid.rowId, batchId: paid.batchId, status: "FAILED", attempts: 7, lastError: "connection refused", params: { format: "PDF_4X6" } } }),
  );
  // A pickup far ahead (still changeable), booked as the carrier would have confirmed it.
  const pickup = await withTenant(actor, (tx) =>
    tx.pickup.create({
      data: { businessId: business.id, locationId: location.id, line1: "1 Main St", city: "Ottawa", province: "ON", postalCode: "K1A 0B1", date: "2099-06-15", readyTime: "13:00", closingTime: "17:00", location: "FRONT_DESK", contactName: "Owner", contactPhone: "613 555 0100", contactEmail: "owner@example.com", parcels: 2, totalWeightGrams: 3000, confirmationNumber: `P${Math.floor(Math.random() * 1e9)}`, feeCents: 599, taxCents: 78, totalCents: 677 },
    }),
  );
  return { ...draft, labelledShipmentId: paid.rowId, invoiceId: invoice.id, failedEmailId: failed.id, pickupId: pickup.id };
}

/**
 * A batch of `count` rows to the test contacts (a 30 x 20 x 10 cm, 1 kg box each), rated and paid on
 * account; `edit` changes each row's draft first. Returns its shipments in row order.
 */
export async function paidBatchOf(actor: Actor, count: number, edit: (draft: import("@/lib/shipments/draft").ShipmentDraft) => import("@/lib/shipments/draft").ShipmentDraft = (d) => d) {
  const { createBatch, addRowsFromContacts, saveRow } = await import("@/lib/batches/edit-rows");
  const { rateBatch } = await import("@/lib/rates/batch-rates");
  const { draftFromRow } = await import("@/lib/shipments/draft-row");
  const batch = await createBatch(actor);
  await addRowsFromContacts(actor, batch.id, await createContacts(actor, count));
  for (const row of await withTenant(actor, (tx) => tx.shipment.findMany({ where: { batchId: batch.id, businessId: actor.businessId }, orderBy: { position: "asc" } }))) {
    await saveRow(actor, batch.id, row.id, edit({ ...draftFromRow(row), lengthMm: 300, widthMm: 200, heightMm: 100, weightGrams: 1000 }));
  }
  await rateBatch(actor, batch.id);
  await payAndComplete(actor, batch.id);
  return withTenant(actor, (tx) => tx.shipment.findMany({ where: { batchId: batch.id, businessId: actor.businessId }, orderBy: { position: "asc" } }));
}

/**
 * Pays a batch on account and runs its "complete purchase" job here and now (what the worker does
 * after the commit), with the one-page renderer unless another is given.
 */
export async function payAndComplete(actor: Actor, batchId: string, render: (docs: LabelDocument[], format: "thermal4x6" | "letter") => Promise<Uint8Array> = onePageRender) {
  const { payBatch } = await import("@/lib/purchases/pay");
  const { completePurchase } = await import("@/lib/purchases/complete");
  const paid = await payBatch(actor, batchId, "ACCOUNT");
  const completed = await completePurchase(actor, batchId, { render });
  return { ...paid, completed };
}
