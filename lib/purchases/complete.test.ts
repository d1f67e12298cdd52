/**
 * The "complete purchase" job with a carrier that does not sell every label: a refusal is
 * credited at once and shown with the carrier's reason while the rest of the batch completes; a
 * carrier that cannot be reached leaves the batch paid with the reason shown, and the next run
 * buys only what is missing.
 */
import { describe, expect, it } from "vitest";
import { connectorFor } from "@/lib/carriers/registry";
import type { CarrierConnector, CarrierResult, IssuedShipment, ShipmentRequest } from "@/lib/carriers/types";
import { batchView } from "@/lib/batches/batch-view";
import { problem } from "@/lib/rating/problems";
import { withTenant } from "@/lib/tenancy/context";
import type { Actor } from "@/lib/tenancy/actor";
import { createContacts, onePageRender, payingBusiness } from "@/tests/batch-helpers";
import { addRowsFromContacts, createBatch, saveRow } from "@/lib/batches/edit-rows";
import { rateBatch } from "@/lib/rates/batch-rates";
import { draftFromRow } from "@/lib/shipments/draft-row";
import type { LabelSnapshot } from "@/lib/shipments/label-snapshot";
import { completePurchase } from "./complete";
import { payBatch } from "./pay";

async function paidBatch(actor: Actor, n: number) {
  const batch = await createBatch(actor);
  await addRowsFromContacts(actor, batch.id, await createContacts(actor, n));
  for (const row of await withTenant(actor, (tx) => tx.shipment.findMany({ where: { batchId: batch.id, businessId: actor.businessId } }))) {
    await saveRow(actor, batch.id, row.id, { ...draftFromRow(row), lengthMm: 300, widthMm: 200, heightMm: 100, weightGrams: 1000 });
  }
  await rateBatch(actor, batch.id);
  await payBatch(actor, batch.id, "ACCOUNT");
  return batch.id;
}

/** The business's reference carrier, except for the rows `answer` speaks for. */
async function carrierWith(actor: Actor, answer: (request: ShipmentRequest) => CarrierResult<IssuedShipment> | null, calls: string[] = []): Promise<() => CarrierConnector> {
  const real = await connectorFor(actor, "reference");
  return () => ({
    ...real,
    async createShipment(request) {
      calls.push(request.label.recipient.name);
      return answer(request) ?? real.createShipment!(request);
    },
  });
}

const shipments = (actor: Actor, batchId: string) =>
  withTenant(actor, (tx) => tx.shipment.findMany({ where: { batchId, businessId: actor.businessId }, orderBy: { position: "asc" }, select: { status: true, trackingNumber: true, refusedReason: true, rateCents: true, id: true } }));

describe("completing a purchase", () => {
  it("credits a label the carrier refuses at once, shows its reason, and completes the rest of the batch", async () => {
    const { actor } = await payingBusiness("refuse1");
    const batchId = await paidBatch(actor, 3);
    const refuseSecond = await carrierWith(actor, (r) =>
      r.label.recipient.name.endsWith(" 2") ? { data: null, messages: [{ carrier: "reference", problem: problem("destinationInvalid", "destination"), text: "The postal code does not exist." }] } : null,
    );
    expect(await completePurchase(actor, batchId, { render: onePageRender, connector: refuseSecond })).toBe("completed");

    const rows = await shipments(actor, batchId);
    expect(rows.map((r) => r.status)).toEqual(["LABELLED", "REFUSED", "LABELLED"]);
    expect(rows[1]).toMatchObject({ trackingNumber: null, refusedReason: "The postal code does not exist." });
    const ledger = await withTenant(actor, (tx) => tx.accountTransaction.findMany({ where: { businessId: actor.businessId }, orderBy: { createdAt: "asc" }, select: { type: true, amountCents: true, shipmentId: true } }));
    expect(ledger.map((t) => t.type)).toEqual(["CHARGE", "CREDIT"]);
    expect(ledger[1]).toEqual({ type: "CREDIT", amountCents: rows[1]!.rateCents, shipmentId: rows[1]!.id });
    // The merged PDF holds the two labels sold; the batch page says why the third was not.
    const pdfs = await withTenant(actor, (tx) => tx.labelPdf.count({ where: { businessId: actor.businessId, shipment: { batchId } } }));
    expect(pdfs).toBe(2);
    const view = await batchView(actor, batchId, "en", "METRIC");
    expect(view.batch.status).toBe("LABELLED");
    expect(view.rows[1]).toMatchObject({ status: "REFUSED", refusedReason: "The postal code does not exist." });
    expect(view.progress).toEqual({ issued: 2, refused: 1, total: 3 });

    // Running the job again changes nothing: no second credit, no label bought.
    const calls: string[] = [];
    expect(await completePurchase(actor, batchId, { render: onePageRender, connector: await carrierWith(actor, () => null, calls) })).toBe("already");
    expect(calls).toEqual([]);
    expect(await withTenant(actor, (tx) => tx.accountTransaction.count({ where: { businessId: actor.businessId } }))).toBe(2);
  });

  it("says our problem codes in the user's language", async () => {
    const { actor } = await payingBusiness("refuse2");
    const batchId = await paidBatch(actor, 1);
    const refuse = await carrierWith(actor, () => ({ data: null, messages: [{ carrier: "reference", problem: problem("weightOverLimit", "weight", { service: "Priority", maxKg: 30 }) }] }));
    await completePurchase(actor, batchId, { render: onePageRender, connector: refuse });
    expect((await shipments(actor, batchId))[0]).toMatchObject({ status: "REFUSED" });
    expect((await batchView(actor, batchId, "fr", "METRIC")).rows[0]!.refusedReason).toBe("Priority est limité à 30 kg.");
    expect((await batchView(actor, batchId, "en", "METRIC")).rows[0]!.refusedReason).toMatch(/^Priority .*30 kg/);
  });

  it("leaves the batch paid with the reason when the carrier cannot be reached, and the next run buys only what is missing", async () => {
    const { actor } = await payingBusiness("down1");
    const batchId = await paidBatch(actor, 3);
    const down = await carrierWith(actor, (r) => (r.label.recipient.name.endsWith(" 3") ? { data: null, messages: [{ carrier: "reference", problem: problem("carrierFailed"), detail: "HTTP 503" }] } : null));
    await expect(completePurchase(actor, batchId, { render: onePageRender, connector: down })).rejects.toThrow(/1 label\(s\) not bought yet: HTTP 503/);
    expect((await shipments(actor, batchId)).map((r) => r.status)).toEqual(["LABELLED", "LABELLED", "DRAFT"]);
    const view = await batchView(actor, batchId, "en", "METRIC");
    expect(view.batch).toMatchObject({ status: "PAID", labelsError: expect.stringContaining("HTTP 503") });
    expect(view.progress).toEqual({ issued: 2, refused: 0, total: 3 });
    const bought = (await shipments(actor, batchId)).map((r) => r.trackingNumber);

    const calls: string[] = [];
    expect(await completePurchase(actor, batchId, { render: onePageRender, connector: await carrierWith(actor, () => null, calls) })).toBe("completed");
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatch(/ 3$/);
    const after = await shipments(actor, batchId);
    expect(after.map((r) => r.status)).toEqual(["LABELLED", "LABELLED", "LABELLED"]);
    expect(after.slice(0, 2).map((r) => r.trackingNumber)).toEqual(bought.slice(0, 2));
    expect((await batchView(actor, batchId, "en", "METRIC")).batch).toMatchObject({ status: "LABELLED", labelsError: null });
  });

  it("labels the parcel from the business, with its contact below, one piece of one, and the business's Canada Post customer number", async () => {
    const { actor } = await payingBusiness("sender1");
    const batchId = await paidBatch(actor, 1);
    expect(await completePurchase(actor, batchId, { render: onePageRender })).toBe("completed");
    const [row] = await withTenant(actor, (tx) => tx.shipment.findMany({ where: { batchId, businessId: actor.businessId }, select: { labelData: true } }));
    const label = (row!.labelData as unknown as LabelSnapshot).label;
    expect(label.sender).toMatchObject({ company: "sender1 Business", name: "Owner", line1: "111 Wellington St" });
    expect(label).toMatchObject({ piece: { number: 1, of: 1 }, customerNumber: "0001234567", contractNumber: null });
  });
});
