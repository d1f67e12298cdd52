import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { draftFromRow } from "@/lib/shipments/draft-row";
import { isValidPin } from "@/lib/shipments/tracking-numbers";
import { withTenant } from "@/lib/tenancy/context";
import type { Actor } from "@/lib/tenancy/actor";
import { createContacts, failingRender, payAndComplete, payingBusiness, onePageRender } from "@/tests/batch-helpers";
import { drainJobs } from "@/tests/jobs";
import { createTestBusiness } from "@/tests/fixtures";
import { addBlankRow, addRowsFromContacts, applyTemplateToAll, createBatch, duplicateRow, removeRow, saveRow, saveRowFields, setPostOffice } from "./edit-rows";
import { payBatch, BatchInvalidError } from "@/lib/purchases/pay";
import { chooseForAll, rateBatch } from "@/lib/rates/batch-rates";
import { completePurchase } from "@/lib/purchases/complete";
import { requeueUnfinishedPurchases } from "@/lib/purchases/recover";
import { voidShipment } from "@/lib/shipments/void-shipment";
import { batchLabelsPdf, shipmentLabelPdf, shipmentLabelZpl } from "@/lib/shipments/label-files";

async function rows(actor: Actor, batchId: string) {
  return withTenant(actor, (tx) => tx.shipment.findMany({ where: { batchId, businessId: actor.businessId }, orderBy: { position: "asc" } }));
}

async function ledger(actor: Actor) {
  return withTenant(actor, (tx) => tx.accountTransaction.findMany({ where: { businessId: actor.businessId }, orderBy: { createdAt: "asc" } }));
}

/** A batch of `n` rows to the test contacts, each a 30 x 20 x 10 cm, 2 kg box, rated. */
async function ratedBatch(actor: Actor, n: number) {
  const batch = await createBatch(actor);
  await addRowsFromContacts(actor, batch.id, await createContacts(actor, n));
  for (const row of await rows(actor, batch.id)) {
    await saveRow(actor, batch.id, row.id, { ...draftFromRow(row), lengthMm: 300, widthMm: 200, heightMm: 100, weightGrams: 2000 });
  }
  await rateBatch(actor, batch.id);
  return batch;
}

const rejection = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e);

describe("a batch, from draft to labels, paid on account", () => {
  it("rates every row, charges the sum of the stored rates once, and issues a label per shipment", async () => {
    const { actor } = await payingBusiness("batch1");
    const batch = await ratedBatch(actor, 3);
    const rated = await rows(actor, batch.id);
    expect(rated.every((r) => r.rateCents && r.serviceCode)).toBe(true);
    const expected = rated.reduce((t, r) => t + r.rateCents!, 0);

    // The request returns at the commit: paid, charged, the labels still to buy.
    const paid = await payBatch(actor, batch.id, "ACCOUNT");
    expect(paid).toEqual({ batchId: batch.id, status: "PAID", totalCents: expected, charged: true });
    expect((await rows(actor, batch.id)).map((r) => [r.status, r.trackingNumber])).toEqual([["DRAFT", null], ["DRAFT", null], ["DRAFT", null]]);
    // The job queued with the payment completes it.
    expect(await completePurchase(actor, batch.id, { render: onePageRender })).toBe("completed");
    const issued = await rows(actor, batch.id);
    expect(issued.map((r) => r.status)).toEqual(["LABELLED", "LABELLED", "LABELLED"]);
    expect(issued.every((r) => isValidPin(r.trackingNumber!))).toBe(true);
    expect(new Set(issued.map((r) => r.trackingNumber)).size).toBe(3);
    expect((await ledger(actor)).map((t) => [t.type, t.amountCents])).toEqual([["CHARGE", expected]]);
    const pdfs = await withTenant(actor, (tx) => tx.labelPdf.findMany({ where: { businessId: actor.businessId }, select: { shipmentId: true, batchId: true, format: true } }));
    expect(pdfs.filter((p) => p.shipmentId)).toHaveLength(3);
    expect(pdfs.filter((p) => p.batchId === batch.id)).toEqual([{ shipmentId: null, batchId: batch.id, format: "PDF_4X6" }]);
  });

  it("is idempotent: paying again, or twice at once, charges and issues once", async () => {
    const { actor } = await payingBusiness("batch2");
    const batch = await ratedBatch(actor, 2);
    const [first, second] = await Promise.all([payBatch(actor, batch.id, "ACCOUNT"), payBatch(actor, batch.id, "ACCOUNT")]);
    expect([first.charged, second.charged].sort()).toEqual([false, true]);
    // Two runs of the job at once (a retry racing the first): labels bought once.
    const runs = await Promise.all([completePurchase(actor, batch.id, { render: onePageRender }), completePurchase(actor, batch.id, { render: onePageRender })]);
    expect(runs.filter((r) => r === "completed")).toHaveLength(1);
    expect(runs.filter((r) => r !== "completed")[0]).toMatch(/^(busy|already)$/);
    const again = await payBatch(actor, batch.id, "ACCOUNT");
    expect(again).toMatchObject({ charged: false, status: "LABELLED" });
    expect(await ledger(actor)).toHaveLength(1);
    const numbers = (await rows(actor, batch.id)).map((r) => r.trackingNumber);
    expect(numbers.every(Boolean)).toBe(true);
  });

  it("refuses more than the available credit, and changes nothing", async () => {
    const { actor } = await payingBusiness("batch3", 1_000);
    const batch = await ratedBatch(actor, 2);
    const error = await rejection(payBatch(actor, batch.id, "ACCOUNT"));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("creditExceeded");
    expect(await ledger(actor)).toEqual([]);
    expect((await rows(actor, batch.id)).every((r) => r.trackingNumber === null && r.status === "DRAFT")).toBe(true);
  });

  it("refuses a batch with an invalid or out-of-date row, naming the rows", async () => {
    const { actor } = await payingBusiness("batch4");
    const batch = await ratedBatch(actor, 2);
    const [first, second] = await rows(actor, batch.id);
    // The first row loses its street; the second gets heavier after it was rated.
    await saveRow(actor, batch.id, first!.id, { ...draftFromRow(first!), recipient: { ...draftFromRow(first!).recipient, line1: "" } });
    await saveRow(actor, batch.id, second!.id, { ...draftFromRow(second!), weightGrams: 5000 });
    const error = await rejection(payBatch(actor, batch.id, "ACCOUNT"));
    expect(error).toBeInstanceOf(BatchInvalidError);
    const problems = (error as BatchInvalidError).rows.map((r) => [r.position, r.problems.map((p) => p.key)]);
    expect(problems).toEqual([
      [1, ["address.errors.line1Required"]],
      [2, ["shipments.errors.rateStale"]],
    ]);
    expect(await ledger(actor)).toEqual([]);
  });

  it("picks the cheapest or the fastest service for every row", async () => {
    const { actor } = await payingBusiness("batch5");
    const batch = await ratedBatch(actor, 2);
    await chooseForAll(actor, batch.id, "fastest");
    for (const r of await rows(actor, batch.id)) {
      const quotes = (r.quotes as { quotes: { serviceCode: string; totalCents: number; expectedDeliveryDate: string }[] }).quotes;
      const earliest = quotes.map((q) => q.expectedDeliveryDate).sort()[0];
      const chosen = quotes.find((q) => q.serviceCode === r.serviceCode)!;
      expect(chosen.expectedDeliveryDate).toBe(earliest);
      // Among the fastest, the cheaper one.
      expect(chosen.totalCents).toBe(Math.min(...quotes.filter((q) => q.expectedDeliveryDate === earliest).map((q) => q.totalCents)));
    }
    await chooseForAll(actor, batch.id, "cheapest");
    const cheapest = await rows(actor, batch.id);
    for (const r of cheapest) {
      const totals = (r.quotes as { quotes: { serviceCode: string; totalCents: number }[] }).quotes.map((q) => q.totalCents);
      expect(r.rateCents).toBe(Math.min(...totals));
    }
  });

  it("holds at most 50 shipments", async () => {
    const { actor } = await payingBusiness("batch6");
    const batch = await createBatch(actor);
    await addRowsFromContacts(actor, batch.id, await createContacts(actor, 50));
    const error = await rejection(addBlankRow(actor, batch.id));
    expect((error as AppError).code).toBe("batchFull");
    const [row] = await rows(actor, batch.id);
    expect((await rejection(duplicateRow(actor, batch.id, row!.id)) as AppError).code).toBe("batchFull");
    await removeRow(actor, batch.id, row!.id);
    expect(await rows(actor, batch.id)).toHaveLength(49);
  });
});

describe("a failure between the charge and the labels", () => {
  it("leaves the batch paid with its charge and the reason shown, and the job's next run finishes it without buying or charging again", async () => {
    const { actor } = await payingBusiness("fault1");
    const batch = await ratedBatch(actor, 3);
    const paid = await payBatch(actor, batch.id, "ACCOUNT");
    expect(paid).toMatchObject({ status: "PAID", charged: true });
    // The labels are bought, then drawing them fails.
    await expect(completePurchase(actor, batch.id, { render: failingRender(1) })).rejects.toThrow("renderer crashed");
    const before = await rows(actor, batch.id);
    expect(before.map((r) => r.status)).toEqual(["LABELLED", "LABELLED", "LABELLED"]);
    expect(before.every((r) => r.trackingNumber)).toBe(true);
    const failed = await withTenant(actor, (tx) => tx.batch.findFirstOrThrow({ where: { id: batch.id, businessId: actor.businessId }, select: { status: true, labelsError: true } }));
    expect(failed).toEqual({ status: "PAID", labelsError: "renderer crashed" });
    expect(await withTenant(actor, (tx) => tx.labelPdf.count({ where: { businessId: actor.businessId } }))).toBe(0);

    // The maintenance run queues the job again; the worker's run finishes the batch.
    expect(await requeueUnfinishedPurchases({ graceMs: 0 })).toBe(1);
    expect((await drainJobs(["purchase"])).failed).toBe(0);
    const after = await rows(actor, batch.id);
    expect(after.map((r) => r.status)).toEqual(["LABELLED", "LABELLED", "LABELLED"]);
    expect(after.map((r) => r.trackingNumber)).toEqual(before.map((r) => r.trackingNumber));
    expect(await ledger(actor)).toHaveLength(1);
    const status = await withTenant(actor, (tx) => tx.batch.findFirstOrThrow({ where: { id: batch.id, businessId: actor.businessId }, select: { status: true, labelsError: true } }));
    expect(status).toEqual({ status: "LABELLED", labelsError: null });
    const labels = await withTenant(actor, (tx) => tx.labelPdf.count({ where: { businessId: actor.businessId, shipmentId: { not: null } } }));
    expect(labels).toBe(3);
  });
});

describe("voiding a label", () => {
  it("credits the account, shows the shipment as voided, and is idempotent", async () => {
    const { actor } = await payingBusiness("void1");
    const batch = await ratedBatch(actor, 2);
    await payAndComplete(actor, batch.id);
    const [first] = await rows(actor, batch.id);
    expect(await voidShipment(actor, first!.id)).toEqual({ creditedCents: first!.rateCents, alreadyVoided: false });
    expect(await voidShipment(actor, first!.id)).toEqual({ creditedCents: 0, alreadyVoided: true });
    expect((await ledger(actor)).map((t) => t.type)).toEqual(["CHARGE", "CREDIT"]);
    const [voided] = await rows(actor, batch.id);
    expect(voided).toMatchObject({ status: "VOIDED", trackingNumber: first!.trackingNumber });
    // The next label never reuses the voided number.
    const next = await ratedBatch(actor, 1);
    await payAndComplete(actor, next.id);
    const [issued] = await rows(actor, next.id);
    expect(issued!.trackingNumber).not.toBe(first!.trackingNumber);
  });
});

describe("tenant isolation of batches", () => {
  it("another business's batch and rows are not found by any batch service, and stay unchanged", async () => {
    const { actor: owner } = await payingBusiness("iso1");
    const batch = await ratedBatch(owner, 1);
    const [row] = await rows(owner, batch.id);
    const intruderBusiness = await createTestBusiness("iso2");
    const intruder: Actor = { businessId: intruderBusiness.id, userId: intruderBusiness.owner.id, role: "OWNER", slug: intruderBusiness.slug };
    for (const attempt of [
      () => addBlankRow(intruder, batch.id),
      () => saveRow(intruder, batch.id, row!.id, draftFromRow(row!)),
      () => removeRow(intruder, batch.id, row!.id),
      () => duplicateRow(intruder, batch.id, row!.id),
      () => rateBatch(intruder, batch.id),
      () => chooseForAll(intruder, batch.id, "cheapest"),
      () => payBatch(intruder, batch.id, "ACCOUNT"),
      () => voidShipment(intruder, row!.id),
    ]) {
      expect(((await rejection(attempt())) as AppError).code).toBe("notFound");
    }
    expect((await rows(owner, batch.id)).map((r) => r.updatedAt)).toEqual([row!.updatedAt]);
    expect(await ledger(intruder)).toEqual([]);
  });
});

describe("saving a row as it is typed", () => {
  it("writes only the fields the user changed, keeping a template applied meanwhile", async () => {
    const { actor } = await payingBusiness("typing1");
    const batch = await createBatch(actor);
    const rowId = await addBlankRow(actor, batch.id);
    const template = await withTenant(actor, (tx) => tx.parcelTemplate.create({ data: { businessId: actor.businessId, name: "Box", packaging: "BOX", lengthMm: 300, widthMm: 200, heightMm: 100, weightGrams: 900 } }));
    await applyTemplateToAll(actor, batch.id, template.id);
    // An editor opened before the template: it only changed the name.
    const errors = await saveRowFields(actor, batch.id, rowId, { name: "Zoé Gagnon" }, "METRIC", "en");
    expect(errors).toEqual({});
    const [row] = await rows(actor, batch.id);
    expect(row).toMatchObject({ recipientName: "Zoé Gagnon", lengthMm: 300, weightGrams: 900 });
    // Imperial sizes are read in inches and pounds.
    await saveRowFields(actor, batch.id, rowId, { length: "12", weight: "2" }, "IMPERIAL", "en");
    const [again] = await rows(actor, batch.id);
    expect(again).toMatchObject({ lengthMm: 305, weightGrams: 907, widthMm: 200 });
    expect(await saveRowFields(actor, batch.id, rowId, { weight: "heavy" }, "METRIC", "en")).toEqual({ weight: { code: "notANumber" } });
  });
});

describe("label files", () => {
  it("gives an issued label as PDF in both sizes and as ZPL, to its own business only", async () => {
    const { actor } = await payingBusiness("files1");
    const batch = await ratedBatch(actor, 1);
    await payAndComplete(actor, batch.id);
    const [row] = await rows(actor, batch.id);
    const thermal = await shipmentLabelPdf(actor, row!.id, "PDF_4X6");
    const letter = await shipmentLabelPdf(actor, row!.id, "PDF_LETTER");
    expect(thermal?.fileName).toBe(`label-${row!.trackingNumber}-4x6.pdf`);
    expect(Buffer.from(letter!.bytes).subarray(0, 5).toString()).toBe("%PDF-");
    const merged = await batchLabelsPdf(actor, batch.id, "PDF_LETTER");
    expect(merged?.fileName).toMatch(/^labels-batch-\d+-letter\.pdf$/);
    const zpl = await shipmentLabelZpl(actor, row!.id);
    expect(zpl?.text).toMatch(/^\^XA/);
    expect(zpl?.text).toContain(row!.trackingNumber!);

    const other = await createTestBusiness("files2");
    const intruder = { businessId: other.id, userId: other.owner.id };
    expect(await shipmentLabelPdf(intruder, row!.id, "PDF_4X6")).toBeNull();
    expect(await batchLabelsPdf(intruder, batch.id, "PDF_4X6")).toBeNull();
    expect(await shipmentLabelZpl(intruder, row!.id)).toBeNull();

    // A voided label is not reprinted.
    await voidShipment(actor, row!.id);
    expect(await shipmentLabelPdf(actor, row!.id, "PDF_4X6")).toBeNull();
  });
});

describe("Deliver to Post Office", () => {
  it("needs an office (chosen from the carrier's network), the recipient's email and phone, and puts the office on the label", async () => {
    const { actor } = await payingBusiness("d2po1");
    const batch = await ratedBatch(actor, 1);
    const [row] = await rows(actor, batch.id);
    await saveRowFields(actor, batch.id, row!.id, { deliverToPostOffice: "on", serviceCode: "DOM.XP", email: "" }, "METRIC", "en");
    await rateBatch(actor, batch.id);
    const blocked = (await rejection(payBatch(actor, batch.id, "ACCOUNT"))) as BatchInvalidError;
    expect(blocked.rows[0]!.problems.map((p) => p.key)).toEqual(["shipments.errors.d2poEmailRequired", "shipments.errors.postOfficeRequired"]);

    expect(((await rejection(setPostOffice(actor, batch.id, row!.id, "REF-NOPE"))) as AppError).code).toBe("notFound");
    await saveRowFields(actor, batch.id, row!.id, { email: "zoe@example.com", postOfficeId: "REF-G1R" }, "METRIC", "en");
    await rateBatch(actor, batch.id);
    await payAndComplete(actor, batch.id);
    const [paid] = await rows(actor, batch.id);
    const label = (paid!.labelData as { label: { postOffice: { id: string; city: string }; options: { deliverToPostOffice: boolean } } }).label;
    expect(label.options.deliverToPostOffice).toBe(true);
    expect(label.postOffice).toMatchObject({ id: "REF-G1R", province: "QC", postalCode: expect.stringMatching(/^G1R \d[A-Z]\d$/) });
  });
});
